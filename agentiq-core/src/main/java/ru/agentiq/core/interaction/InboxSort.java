package ru.agentiq.core.interaction;

import java.util.Comparator;

/** Orders of the inbox. Every order ends on the id, so it is total and keyset paging is stable. */
public enum InboxSort implements WireValue {
    /** The seed's order: occurred-at newest first (unknown last), then created-at newest first. */
    NEWEST("newest", Comparator.comparing(InboxPosition::occurredAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(InboxPosition::createdAt, Comparator.reverseOrder())
            .thenComparing(InboxPosition::id, Comparator.reverseOrder())),

    /** The work queue: most urgent first, then the earliest SLA deadline (none last), then {@link #NEWEST}. */
    PRIORITY("priority", Comparator.comparingInt(InboxPosition::priorityRank)
            .thenComparing(InboxPosition::slaDueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(NEWEST.order));

    private final String wire;
    private final Comparator<InboxPosition> order;

    InboxSort(String wire, Comparator<InboxPosition> order) {
        this.wire = wire;
        this.order = order;
    }

    @Override
    public String wire() {
        return wire;
    }

    /** Compares positions in this order. */
    public Comparator<InboxPosition> order() {
        return order;
    }

    /** Compares interactions in this order. */
    public Comparator<Interaction> interactionOrder() {
        return Comparator.comparing(InboxPosition::of, order);
    }

    public static InboxSort fromWire(String value) {
        return WireValue.parse(InboxSort.class, value, "sort");
    }
}
