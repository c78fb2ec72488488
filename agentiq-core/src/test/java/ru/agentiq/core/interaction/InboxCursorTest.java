package ru.agentiq.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;

class InboxCursorTest {

    @Test
    void survivesARoundTripIncludingAbsentTimes() {
        InboxCursor cursor = new InboxCursor(InboxSort.PRIORITY,
                new InboxPosition(1, null, Instant.parse("2026-11-20T09:00:00.123456Z"),
                        Instant.parse("2026-11-20T09:00:01Z"), 42));

        assertThat(InboxCursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void isUrlSafe() {
        InboxCursor cursor = new InboxCursor(InboxSort.NEWEST,
                new InboxPosition(0, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, Long.MAX_VALUE));

        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void rejectsGarbageWithATypedError() {
        assertThatThrownBy(() -> InboxCursor.decode("not-a-cursor"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("cursor is not valid: 'not-a-cursor'");
    }

    @Test
    void rejectsACursorForAnotherSort() {
        InboxCursor newest = new InboxCursor(InboxSort.NEWEST,
                new InboxPosition(0, null, null, Instant.EPOCH, 1));

        assertThatThrownBy(() -> InboxQuery.builder(Interactions.SELLER).sort(InboxSort.PRIORITY).cursor(newest)
                .build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("cursor was made for sort newest, query sorts by priority");
    }

    @Test
    void rejectsPageSizesOutsideOneToHundred() {
        assertThatThrownBy(() -> InboxQuery.builder(Interactions.SELLER).pageSize(0).build())
                .hasMessage("pageSize must be 1..100, was 0");
        assertThatThrownBy(() -> InboxQuery.builder(Interactions.SELLER).pageSize(101).build())
                .hasMessage("pageSize must be 1..100, was 101");
    }
}
