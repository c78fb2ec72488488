package ru.agentiq.core.sync;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.internal.Checks;

/**
 * What one sync run does. Immutable; start from {@link #defaults()} or {@link #builder()}.
 *
 * @param channels           channels to run; empty means every channel the feed serves
 * @param forceFullSync      ignore stored watermarks and cursors (they are still advanced afterwards)
 * @param pageSize           items per listing page, 1..{@value #MAX_PAGE_SIZE} (the feed may cap it further)
 * @param maxItemsPerPass    items read per listing pass at most
 * @param maxStreamPages     stream pages read per run at most (the rest waits for the next run)
 * @param maxReconcile       items fetched one by one per listing channel and run at most: stored open items that
 *                           left the unanswered listing (answered elsewhere); 0 turns reconciliation off
 * @param replyPendingWindow explicit reply-pending window for this run; null to use the seller's setting or the
 *                           default ({@link SyncService#DEFAULT_REPLY_PENDING_WINDOW})
 */
public record SyncOptions(
        Set<Channel> channels,
        boolean forceFullSync,
        int pageSize,
        int maxItemsPerPass,
        int maxStreamPages,
        int maxReconcile,
        Duration replyPendingWindow) {

    public static final int DEFAULT_PAGE_SIZE = 1_000;
    public static final int MAX_PAGE_SIZE = 10_000;
    /** WB serves at most about 10,000 items of one listing without an nmId filter. */
    public static final int DEFAULT_MAX_ITEMS_PER_PASS = 10_000;
    /** The seed read at most 20 event pages per run. */
    public static final int DEFAULT_MAX_STREAM_PAGES = 20;
    /** Single-item reads per listing channel and run: a few seconds of WB's 3 requests/s. */
    public static final int DEFAULT_MAX_RECONCILE = 20;

    public SyncOptions {
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(channels);
        Checks.inRange(pageSize, 1, MAX_PAGE_SIZE, "pageSize");
        Checks.positive(maxItemsPerPass, "maxItemsPerPass");
        Checks.positive(maxStreamPages, "maxStreamPages");
        Checks.inRange(maxReconcile, 0, 10_000, "maxReconcile");
        if (replyPendingWindow != null) {
            SyncService.checkReplyPendingWindow(replyPendingWindow);
        }
    }

    public static SyncOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.channels = channels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(channels);
        b.forceFullSync = forceFullSync;
        b.pageSize = pageSize;
        b.maxItemsPerPass = maxItemsPerPass;
        b.maxStreamPages = maxStreamPages;
        b.maxReconcile = maxReconcile;
        b.replyPendingWindow = replyPendingWindow;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private Set<Channel> channels = EnumSet.noneOf(Channel.class);
        private boolean forceFullSync;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private int maxItemsPerPass = DEFAULT_MAX_ITEMS_PER_PASS;
        private int maxStreamPages = DEFAULT_MAX_STREAM_PAGES;
        private int maxReconcile = DEFAULT_MAX_RECONCILE;
        private Duration replyPendingWindow;

        private Builder() {
        }

        public Builder channels(Set<Channel> value) {
            this.channels = EnumSet.noneOf(Channel.class);
            if (value != null) {
                this.channels.addAll(value);
            }
            return this;
        }

        public Builder channel(Channel value) {
            this.channels.add(Checks.required(value, "channel"));
            return this;
        }

        public Builder forceFullSync(boolean value) {
            this.forceFullSync = value;
            return this;
        }

        public Builder pageSize(int value) {
            this.pageSize = value;
            return this;
        }

        public Builder maxItemsPerPass(int value) {
            this.maxItemsPerPass = value;
            return this;
        }

        public Builder maxStreamPages(int value) {
            this.maxStreamPages = value;
            return this;
        }

        public Builder maxReconcile(int value) {
            this.maxReconcile = value;
            return this;
        }

        public Builder replyPendingWindow(Duration value) {
            this.replyPendingWindow = value;
            return this;
        }

        public SyncOptions build() {
            return new SyncOptions(channels, forceFullSync, pageSize, maxItemsPerPass, maxStreamPages,
                    maxReconcile, replyPendingWindow);
        }
    }
}
