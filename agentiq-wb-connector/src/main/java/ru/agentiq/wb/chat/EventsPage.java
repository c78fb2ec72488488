package ru.agentiq.wb.chat;

import java.util.List;

/**
 * One page of the event stream.
 *
 * @param next            the cursor for the next page (Unix ms); pass it back until {@code totalEvents == 0}
 * @param newestEventTime newest event in the page
 * @param oldestEventTime oldest event in the page
 * @param totalEvents     events in this page; 0 means the stream is exhausted for now
 * @param events          the events
 */
public record EventsPage(Long next, String newestEventTime, String oldestEventTime, Integer totalEvents,
        List<ChatEvent> events) {
    public EventsPage {
        events = events == null ? List.of() : events.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Whether WB has nothing newer right now. */
    public boolean exhausted() {
        return (totalEvents == null ? events.size() : totalEvents) == 0;
    }
}
