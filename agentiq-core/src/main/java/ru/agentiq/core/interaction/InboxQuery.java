package ru.agentiq.core.interaction;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * A request for one page of a seller's inbox. Filters combine with AND; an empty set means "any". {@code search}
 * matches case-insensitively as a substring of the text, subject, product article, nmId, customer id or order id.
 * Build with {@link #builder(SellerId)}.
 *
 * @param sellerId      tenant (required)
 * @param channels      any of these channels
 * @param statuses      any of these statuses
 * @param priorities    any of these priorities
 * @param needsResponse only items with this flag; nullable for both
 * @param marketplace   nullable for any
 * @param source        nullable for any
 * @param search        nullable; trimmed, at most {@value #MAX_SEARCH_LENGTH} characters
 * @param sort          order of the items
 * @param pageSize      1..{@value #MAX_PAGE_SIZE}
 * @param cursor        nullable for the first page; must have been made for the same sort
 * @param includeTotal  whether to count all matching items (costs a second pass on large inboxes)
 */
public record InboxQuery(
        SellerId sellerId,
        Set<Channel> channels,
        Set<InteractionStatus> statuses,
        Set<Priority> priorities,
        Boolean needsResponse,
        Marketplace marketplace,
        InteractionSource source,
        String search,
        InboxSort sort,
        int pageSize,
        InboxCursor cursor,
        boolean includeTotal) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_SEARCH_LENGTH = 200;

    public InboxQuery {
        Checks.required(sellerId, "sellerId");
        channels = copy(channels, Channel.class);
        statuses = copy(statuses, InteractionStatus.class);
        priorities = copy(priorities, Priority.class);
        search = Checks.optionalText(search, "search", MAX_SEARCH_LENGTH);
        Checks.required(sort, "sort");
        Checks.inRange(pageSize, 1, MAX_PAGE_SIZE, "pageSize");
        if (cursor != null && cursor.sort() != sort) {
            throw new ValidationException(
                    "cursor was made for sort " + cursor.sort().wire() + ", query sorts by " + sort.wire());
        }
    }

    public static Builder builder(SellerId sellerId) {
        return new Builder(sellerId);
    }

    /** Whether {@code interaction} passes every filter of this query (paging aside). */
    public boolean matches(Interaction interaction) {
        InteractionData d = interaction.data();
        return d.sellerId().equals(sellerId)
                && (channels.isEmpty() || channels.contains(d.channel()))
                && (statuses.isEmpty() || statuses.contains(d.status()))
                && (priorities.isEmpty() || priorities.contains(d.priority()))
                && (needsResponse == null || needsResponse == d.needsResponse())
                && (marketplace == null || marketplace == d.marketplace())
                && (source == null || source == d.source())
                && (search == null || matchesSearch(d));
    }

    private boolean matchesSearch(InteractionData d) {
        String needle = search.toLowerCase(Locale.ROOT);
        return containsIgnoreCase(d.text(), needle) || containsIgnoreCase(d.subject(), needle)
                || containsIgnoreCase(d.productArticle(), needle) || containsIgnoreCase(d.nmId(), needle)
                || containsIgnoreCase(d.customerId(), needle) || containsIgnoreCase(d.orderId(), needle);
    }

    private static boolean containsIgnoreCase(String haystack, String lowerNeedle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(lowerNeedle);
    }

    private static <E extends Enum<E>> Set<E> copy(Collection<E> values, Class<E> type) {
        if (values == null || values.isEmpty()) {
            return Set.of();
        }
        for (E value : values) {
            Checks.required(value, type.getSimpleName() + " filter value");
        }
        return Set.copyOf(EnumSet.copyOf(values));
    }

    /** Mutable builder; defaults: no filters, {@link InboxSort#NEWEST}, page size 50, first page, with total. */
    public static final class Builder {
        private final SellerId sellerId;
        private Set<Channel> channels = Set.of();
        private Set<InteractionStatus> statuses = Set.of();
        private Set<Priority> priorities = Set.of();
        private Boolean needsResponse;
        private Marketplace marketplace;
        private InteractionSource source;
        private String search;
        private InboxSort sort = InboxSort.NEWEST;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private InboxCursor cursor;
        private boolean includeTotal = true;

        private Builder(SellerId sellerId) {
            this.sellerId = sellerId;
        }

        public Builder channels(Channel... values) {
            this.channels = Set.of(values);
            return this;
        }

        public Builder channels(Set<Channel> values) {
            this.channels = values;
            return this;
        }

        public Builder statuses(InteractionStatus... values) {
            this.statuses = Set.of(values);
            return this;
        }

        public Builder priorities(Priority... values) {
            this.priorities = Set.of(values);
            return this;
        }

        public Builder needsResponse(Boolean value) {
            this.needsResponse = value;
            return this;
        }

        public Builder marketplace(Marketplace value) {
            this.marketplace = value;
            return this;
        }

        public Builder source(InteractionSource value) {
            this.source = value;
            return this;
        }

        public Builder search(String value) {
            this.search = value;
            return this;
        }

        public Builder sort(InboxSort value) {
            this.sort = value;
            return this;
        }

        public Builder pageSize(int value) {
            this.pageSize = value;
            return this;
        }

        public Builder cursor(InboxCursor value) {
            this.cursor = value;
            return this;
        }

        /** Decodes {@code value} with {@link InboxCursor#decode(String)}; {@code null} means the first page. */
        public Builder cursor(String value) {
            this.cursor = value == null ? null : InboxCursor.decode(value);
            return this;
        }

        public Builder includeTotal(boolean value) {
            this.includeTotal = value;
            return this;
        }

        public InboxQuery build() {
            return new InboxQuery(sellerId, channels, statuses, priorities, needsResponse, marketplace, source,
                    search, sort, pageSize, cursor, includeTotal);
        }
    }
}
