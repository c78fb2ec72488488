package ru.agentiq.core.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.ingest.IngestBatch;
import ru.agentiq.core.ingest.IngestStats;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * Runs a seller's channels from an {@link InteractionFeed} into the store, incrementally and without losing or
 * duplicating anything.
 *
 * <ul>
 *   <li><b>Listing channels</b> (reviews, questions) are read in two passes, newest first: the unanswered listing to
 *       its end (it is the seller's backlog, so an item answered elsewhere changes state here too), then the answered
 *       listing until a page reaches the stored watermark minus {@link #DEFAULT_WATERMARK_OVERLAP} (that page is still
 *       stored). The new watermark — the newest {@code occurredAt} seen — is saved only after the whole channel
 *       succeeded, so a run that dies after any page starts over from the same point; re-stored items are idempotent
 *       upserts. When the unanswered listing was read to its end, stored open items it no longer lists (answered or
 *       archived elsewhere, and too old for the answered pass) are read one by one through
 *       {@link InteractionFeed#fetch}, at most {@link SyncOptions#maxReconcile()} per run.</li>
 *   <li><b>Stream channels</b> (chats) first take the feed's snapshot, then follow the change stream from the stored
 *       cursor, saving the cursor after every stored page. Their items are partial: empty fields keep stored values,
 *       and an item older than the stored state does not overwrite it.</li>
 *   <li>Every item goes through the pluggable {@link ItemStep} (prioritisation), then the reply-pending rule: an item
 *       the marketplace still shows unanswered stays {@code responded} with {@code wb_sync_state=pending} while
 *       AgentIQ's own reply is younger than the seller's reply-pending window (moderation delay).</li>
 *   <li>Channels are isolated: one failing never stops the others nor loses their progress. A failure that is
 *       {@link Throttled} records a cooldown; the channel is skipped until it passes.</li>
 *   <li>The seller's status moves {@code syncing → ok|error}; a {@code syncing} status older than
 *       {@link #DEFAULT_STUCK_AFTER} is reported (and stored) as {@code error}. A per-seller {@link SyncLock} makes a
 *       concurrent second run return at once with {@code ran=false}.</li>
 * </ul>
 *
 * <p>Thread-safe; build one with {@link #builder(InteractionFeed, InteractionRepository)}.
 */
public final class SyncService {

    /** Records created within this margin of the watermark are read again (WB dates have second precision). */
    public static final Duration DEFAULT_WATERMARK_OVERLAP = Duration.ofSeconds(2);
    /** A {@code syncing} status not refreshed for this long belongs to a run that died. */
    public static final Duration DEFAULT_STUCK_AFTER = Duration.ofMinutes(5);
    /** How long a lock holder may keep a seller's lock before others may take it over. */
    public static final Duration DEFAULT_LOCK_TTL = Duration.ofMinutes(30);
    /** How long AgentIQ's reply stays {@code pending} while WB still shows the item unanswered. */
    public static final Duration DEFAULT_REPLY_PENDING_WINDOW = Duration.ofMinutes(180);
    public static final Duration MIN_REPLY_PENDING_WINDOW = Duration.ofMinutes(30);
    public static final Duration MAX_REPLY_PENDING_WINDOW = Duration.ofMinutes(1440);
    /** An item read back by reconciliation is not read again for this long (it may stay open, e.g. archived). */
    public static final Duration RECONCILE_INTERVAL = Duration.ofHours(24);

    static final String STUCK_MESSAGE = "the sync did not finish within 5 minutes and was marked failed";

    private static final Logger log = LoggerFactory.getLogger(SyncService.class);

    private final InteractionFeed feed;
    private final InteractionRepository repository;
    private final IngestionService ingestion;
    private final SyncCursorStore cursors;
    private final SyncStatusStore statuses;
    private final SyncLock lock;
    private final SellerSyncSettings settings;
    private final ItemStep itemStep;
    private final Clock clock;
    private final ru.agentiq.core.ops.SyncRunRecorder runs;
    private final Duration overlap;
    private final Duration stuckAfter;
    private final Duration lockTtl;

    private SyncService(Builder b) {
        this.feed = b.feed;
        this.repository = b.repository;
        this.clock = Checks.required(b.clock, "clock");
        this.ingestion = b.ingestion != null ? b.ingestion : new IngestionService(repository, clock);
        this.cursors = Checks.required(b.cursors, "cursors");
        this.statuses = Checks.required(b.statuses, "statuses");
        this.lock = Checks.required(b.lock, "lock");
        this.settings = b.settings;
        this.itemStep = b.itemStep;
        this.runs = b.runs;
        this.overlap = b.overlap;
        this.stuckAfter = b.stuckAfter;
        this.lockTtl = b.lockTtl;
    }

    public static Builder builder(InteractionFeed feed, InteractionRepository repository) {
        return new Builder(feed, repository);
    }

    /** Checks a reply-pending window: 30..1440 minutes. */
    public static Duration checkReplyPendingWindow(Duration window) {
        Checks.required(window, "replyPendingWindow");
        if (window.compareTo(MIN_REPLY_PENDING_WINDOW) < 0 || window.compareTo(MAX_REPLY_PENDING_WINDOW) > 0) {
            throw new ValidationException("replyPendingWindow must be 30..1440 minutes, was " + window.toMinutes());
        }
        return window;
    }

    /** Runs every channel the options select, with the seller's lock held. */
    public SyncReport sync(SellerId sellerId, SyncOptions options) {
        Checks.required(sellerId, "sellerId");
        Checks.required(options, "options");
        Instant startedAt = clock.instant();
        Optional<SyncLock.Lease> lease = lock.tryAcquire(sellerId, lockTtl);
        if (lease.isEmpty()) {
            log.info("sync_skipped seller={} reason=already_running", sellerId);
            return new SyncReport(sellerId, false, startedAt, clock.instant(), List.of(), status(sellerId));
        }
        try (SyncLock.Lease held = lease.get()) {
            return run(sellerId, options, startedAt);
        }
    }

    /** The seller's status; a {@code syncing} status older than the stuck limit is turned into {@code error}. */
    public SellerSyncStatus status(SellerId sellerId) {
        Instant now = clock.instant();
        SellerSyncStatus status = statuses.find(sellerId).orElseGet(() -> SellerSyncStatus.idle(sellerId, now));
        if (status.state() == SyncState.SYNCING && !status.updatedAt().plus(stuckAfter).isAfter(now)) {
            SellerSyncStatus stuck = new SellerSyncStatus(sellerId, SyncState.ERROR, STUCK_MESSAGE,
                    status.lastSuccessAt(), status.startedAt(), now, status.cooldowns());
            statuses.save(stuck);
            log.warn("sync_stuck seller={} since={}", sellerId, status.updatedAt());
            return stuck;
        }
        return status;
    }

    /** The reply-pending window that applies: explicit, else the seller's valid setting, else the default. */
    public Duration replyPendingWindow(SellerId sellerId, Duration explicit) {
        if (explicit != null) {
            return checkReplyPendingWindow(explicit);
        }
        OptionalInt minutes = settings.replyPendingWindowMinutes(sellerId);
        if (minutes.isPresent()) {
            Duration configured = Duration.ofMinutes(minutes.getAsInt());
            if (configured.compareTo(MIN_REPLY_PENDING_WINDOW) >= 0
                    && configured.compareTo(MAX_REPLY_PENDING_WINDOW) <= 0) {
                return configured;
            }
            log.warn("seller {} has reply_pending_window_minutes={} outside 30..1440; using {}", sellerId,
                    minutes.getAsInt(), DEFAULT_REPLY_PENDING_WINDOW.toMinutes());
        }
        return DEFAULT_REPLY_PENDING_WINDOW;
    }

    private SyncReport run(SellerId sellerId, SyncOptions options, Instant startedAt) {
        SellerSyncStatus before = status(sellerId);
        Map<Channel, Instant> cooldowns = new EnumMap<>(Channel.class);
        cooldowns.putAll(before.cooldowns());
        cooldowns.values().removeIf(until -> !until.isAfter(startedAt));
        statuses.save(new SellerSyncStatus(sellerId, SyncState.SYNCING, before.lastError(), before.lastSuccessAt(),
                startedAt, startedAt, cooldowns));
        Duration window = replyPendingWindow(sellerId, options.replyPendingWindow());
        Run run = new Run(sellerId, options, window, startedAt, before, cooldowns);

        List<ChannelReport> reports = new ArrayList<>();
        for (Map.Entry<Channel, InteractionFeed.Mode> entry : orderedChannels(options)) {
            Channel channel = entry.getKey();
            Instant now = clock.instant();
            Instant cooldown = cooldowns.get(channel);
            if (cooldown != null && cooldown.isAfter(now)) {
                reports.add(ChannelReport.cooldown(channel, cooldown));
                continue;
            }
            ChannelRun channelRun = new ChannelRun(run, channel, entry.getValue());
            ChannelReport report;
            boolean throttledRun = false;
            try {
                report = channelRun.execute();
            } catch (RuntimeException e) {
                report = channelRun.failed(e);
                throttledRun = e instanceof Throttled;
                if (e instanceof Throttled throttled && throttled.resumeAt() != null) {
                    cooldowns.put(channel, throttled.resumeAt());
                }
                log.warn("sync_channel_failed seller={} channel={} error={}", sellerId, channel.wire(),
                        report.error());
            }
            log.info("sync_run seller={} channel={} outcome={} fetched={} created={} updated={} unchanged={} "
                            + "skipped={} pages={} stopped_at_watermark={}", sellerId, channel.wire(),
                    report.outcome(), report.fetched(), report.created(), report.updated(), report.unchanged(),
                    report.skipped(), report.pages(), report.stoppedAtWatermark());
            reports.add(report);
            recordRun(sellerId, ru.agentiq.core.ops.SyncScope.of(channel), now, clock.instant(), report.fetched(),
                    report.created(), report.updated(), report.skipped(), report.succeeded() ? 0 : 1, report.error(),
                    throttledRun);
        }

        Instant finishedAt = clock.instant();
        recordRun(sellerId, ru.agentiq.core.ops.SyncScope.ALL, startedAt, finishedAt,
                reports.stream().mapToLong(ChannelReport::fetched).sum(),
                reports.stream().mapToLong(ChannelReport::created).sum(),
                reports.stream().mapToLong(ChannelReport::updated).sum(),
                reports.stream().mapToLong(ChannelReport::skipped).sum(),
                (int) reports.stream().filter(r -> r.outcome() == ChannelReport.Outcome.FAILED).count(), null, false);
        List<String> errors = reports.stream()
                .filter(r -> r.outcome() == ChannelReport.Outcome.FAILED)
                .map(r -> "[" + r.channel().wire() + "] " + r.error())
                .toList();
        boolean allSucceeded = reports.stream().allMatch(ChannelReport::succeeded);
        SellerSyncStatus after = new SellerSyncStatus(sellerId,
                errors.isEmpty() ? SyncState.OK : SyncState.ERROR,
                errors.isEmpty() ? null : String.join("; ", errors),
                allSucceeded ? finishedAt : before.lastSuccessAt(),
                startedAt, finishedAt, cooldowns);
        statuses.save(after);
        return new SyncReport(sellerId, true, startedAt, finishedAt, reports, after);
    }

    /** Reports a finished run to the sync-health recorder; a recorder that throws never fails the sync. */
    private void recordRun(SellerId sellerId, ru.agentiq.core.ops.SyncScope scope, Instant started, Instant finished,
            long fetched, long created, long updated, long skipped, int errors, String error, boolean rateLimited) {
        try {
            runs.record(new ru.agentiq.core.ops.SyncRun(sellerId, scope, started,
                    finished.isBefore(started) ? started : finished, fetched, created, updated, skipped, errors,
                    errors > 0 ? error : null, rateLimited));
        } catch (RuntimeException e) {
            log.debug("sync run not recorded: {}", e.getClass().getSimpleName());
        }
    }

    private List<Map.Entry<Channel, InteractionFeed.Mode>> orderedChannels(SyncOptions options) {
        Map<Channel, InteractionFeed.Mode> served = feed.channels();
        List<Map.Entry<Channel, InteractionFeed.Mode>> ordered = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            InteractionFeed.Mode mode = served.get(channel);
            if (mode != null && (options.channels().isEmpty() || options.channels().contains(channel))) {
                ordered.add(Map.entry(channel, mode));
            }
        }
        return ordered;
    }

    /** Per-run values shared by the channels. */
    private record Run(SellerId sellerId, SyncOptions options, Duration window, Instant startedAt,
            SellerSyncStatus before, Map<Channel, Instant> cooldowns) {
    }

    /** Merge rules for partial (stream and snapshot) items. */
    enum Partial {
        /** Listing items are complete: they replace the stored data. */
        NONE,
        /** Stream items win unless older than the stored state. */
        STREAM,
        /** Snapshot items win only when strictly newer than the stored state. */
        SNAPSHOT
    }

    /** One channel's part of a run; accumulates the counters. */
    private final class ChannelRun {
        private final Run run;
        private final Channel channel;
        private final InteractionFeed.Mode mode;
        private int fetched;
        private int created;
        private int updated;
        private int unchanged;
        private int skipped;
        private int pages;
        private boolean stoppedAtWatermark;
        private Instant watermark;
        private String cursor;

        ChannelRun(Run run, Channel channel, InteractionFeed.Mode mode) {
            this.run = run;
            this.channel = channel;
            this.mode = mode;
        }

        ChannelReport execute() {
            if (mode == InteractionFeed.Mode.LISTING) {
                listing();
            } else {
                stream();
            }
            return report(ChannelReport.Outcome.SUCCEEDED, null, null);
        }

        ChannelReport failed(RuntimeException e) {
            Instant resumeAt = e instanceof Throttled t ? t.resumeAt() : null;
            String message = e.getMessage() == null || e.getMessage().isBlank()
                    ? e.getClass().getSimpleName() : e.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            return report(ChannelReport.Outcome.FAILED, message, resumeAt);
        }

        private ChannelReport report(ChannelReport.Outcome outcome, String error, Instant resumeAt) {
            return new ChannelReport(channel, outcome, fetched, created, updated, unchanged, skipped, pages,
                    stoppedAtWatermark, watermark, cursor, error, resumeAt);
        }

        private void listing() {
            SellerId seller = run.sellerId();
            Instant stored = run.options().forceFullSync() ? null
                    : cursors.watermark(seller, channel).orElse(null);
            Instant stopAt = stored == null ? null : stored.minus(overlap);
            Instant newest = stored;
            java.util.Set<String> seen = new java.util.HashSet<>();
            boolean backlogComplete = false;
            for (boolean answered : new boolean[] {false, true}) {
                int read = 0;
                while (read < run.options().maxItemsPerPass()) {
                    int take = Math.min(run.options().pageSize(), run.options().maxItemsPerPass() - read);
                    ListingPage page = feed.listing(new ListingRequest(seller, channel, answered, read, take));
                    pages++;
                    boolean hit = false;
                    for (FeedItem item : page.items()) {
                        if (item.externalId() != null) {
                            seen.add(item.externalId());
                        }
                        Instant at = item.accepted() ? item.data().occurredAt() : null;
                        if (at != null) {
                            newest = newest == null || at.isAfter(newest) ? at : newest;
                            if (answered && stopAt != null && !at.isAfter(stopAt)) {
                                hit = true;
                            }
                        }
                    }
                    store(page.items(), Partial.NONE);
                    heartbeat();
                    read += page.items().size();
                    if (hit) {
                        stoppedAtWatermark = true;
                        break;
                    }
                    if (page.items().size() < take) {
                        backlogComplete |= !answered;
                        break;
                    }
                }
            }
            if (backlogComplete && run.options().maxReconcile() > 0) {
                reconcile(seen);
            }
            watermark = newest;
            if (newest != null && !newest.equals(stored)) {
                cursors.saveWatermark(seller, channel, newest);
            }
        }

        /** Stored open items the complete unanswered listing no longer shows, read one by one. */
        private void reconcile(java.util.Set<String> seen) {
            SellerId seller = run.sellerId();
            List<String> stale = new ArrayList<>();
            ru.agentiq.core.interaction.InboxQuery.Builder query = ru.agentiq.core.interaction.InboxQuery
                    .builder(seller).channels(channel).needsResponse(true)
                    .source(ru.agentiq.core.interaction.InteractionSource.WB_API)
                    .pageSize(ru.agentiq.core.interaction.InboxQuery.MAX_PAGE_SIZE).includeTotal(false);
            ru.agentiq.core.interaction.InboxPage page = repository.find(query.build());
            while (true) {
                Instant recent = clock.instant().minus(RECONCILE_INTERVAL);
                for (Interaction interaction : page.items()) {
                    Instant reconciled = parseInstant(interaction.data().extraData().getString("reconciled_at")
                            .orElse(null));
                    if (!seen.contains(interaction.data().externalId())
                            && (reconciled == null || reconciled.isBefore(recent))
                            && stale.size() < run.options().maxReconcile()) {
                        stale.add(interaction.data().externalId());
                    }
                }
                if (stale.size() >= run.options().maxReconcile() || page.nextCursor().isEmpty()) {
                    break;
                }
                page = repository.find(query.cursor(page.nextCursor().get()).build());
            }
            for (String externalId : stale) {
                Optional<FeedItem> item = feed.fetch(seller, channel, externalId);
                if (item.isEmpty()) {
                    break;
                }
                pages++;
                if (item.get().accepted()) {
                    InteractionData data = item.get().data();
                    store(List.of(FeedItem.of(data.toBuilder().extraData(data.extraData()
                            .with("reconciled_at", clock.instant())).build())), Partial.NONE);
                } else {
                    closeGone(externalId, item.get().rejection());
                }
            }
            if (!stale.isEmpty()) {
                log.info("sync_reconciled seller={} channel={} items={}", seller, channel.wire(), stale.size());
            }
        }

        /** The marketplace no longer has the item: it is closed so it leaves the queue and is not asked for again. */
        private void closeGone(String externalId, String reason) {
            Instant now = clock.instant();
            repository.findByKey(new ru.agentiq.core.interaction.InteractionKey(run.sellerId(),
                    ru.agentiq.core.interaction.Marketplace.WB, channel, externalId)).ifPresent(stored -> {
                        repository.update(stored.withData(b -> b.status(InteractionStatus.CLOSED).needsResponse(false)
                                .priority(Priority.LOW).slaDueAt(null).extraData(stored.data().extraData()
                                        .with("closed_reason", "gone_at_marketplace")
                                        .with("closed_detail", reason))), now);
                        updated++;
                        fetched++;
                    });
        }

        private void stream() {
            SellerId seller = run.sellerId();
            cursor = run.options().forceFullSync() ? null : cursors.cursor(seller, channel).orElse(null);
            for (int i = 0; i < run.options().maxStreamPages(); i++) {
                StreamPage page = feed.stream(seller, channel, cursor);
                pages++;
                store(page.items(), Partial.STREAM);
                heartbeat();
                String next = page.nextCursor();
                boolean moved = next != null && !next.isBlank() && !next.equals(cursor);
                if (moved) {
                    cursors.saveCursor(seller, channel, next);
                    cursor = next;
                }
                if (page.exhausted() || !moved) {
                    break;
                }
            }
            List<FeedItem> snapshot = feed.snapshot(seller, channel);
            if (!snapshot.isEmpty()) {
                pages++;
                store(snapshot, Partial.SNAPSHOT);
            }
        }

        private void store(List<FeedItem> items, Partial partial) {
            if (items.isEmpty()) {
                return;
            }
            Instant now = clock.instant();
            IngestBatch.Builder batch = IngestBatch.builder();
            for (FeedItem item : items) {
                if (!item.accepted()) {
                    batch.reject(item.externalId(), item.rejection());
                    continue;
                }
                try {
                    batch.add(prepare(item.data(), partial, now));
                } catch (RuntimeException e) {
                    batch.reject(item.externalId(), "could not prepare the item: " + e.getMessage());
                }
            }
            IngestStats stats = ingestion.ingest(batch.build());
            fetched += stats.fetched();
            created += stats.created();
            updated += stats.updated();
            unchanged += stats.unchanged();
            skipped += stats.skipped();
        }

        private InteractionData prepare(InteractionData item, Partial partial, Instant now) {
            Optional<Interaction> stored = partial != Partial.NONE || item.needsResponse()
                    ? repository.findByKey(item.key()) : Optional.empty();
            InteractionData data = item;
            if (partial != Partial.NONE && stored.isPresent()) {
                data = mergePartial(stored.get().data(), item, partial);
                if (data == stored.get().data()) {
                    return data;
                }
            }
            data = itemStep.apply(data, now);
            if (data.needsResponse() && stored.isPresent()) {
                data = keepPendingReply(stored.get().data(), data, now);
            }
            return data;
        }

        private InteractionData keepPendingReply(InteractionData stored, InteractionData incoming, Instant now) {
            ExtraData extra = stored.extraData();
            if (!"agentiq".equals(extra.getString("last_reply_source").orElse(null))) {
                return incoming;
            }
            Instant repliedAt = parseInstant(extra.getString("last_reply_at").orElse(null));
            if (repliedAt == null) {
                return incoming;
            }
            Duration age = Duration.between(repliedAt, now);
            if (age.isNegative() || age.compareTo(run.window()) > 0) {
                return incoming;
            }
            return incoming.toBuilder()
                    .status(InteractionStatus.RESPONDED)
                    .needsResponse(false)
                    .priority(Priority.LOW)
                    .slaDueAt(null)
                    .extraData(incoming.extraData().with("wb_sync_state", "pending"))
                    .build();
        }

        private void heartbeat() {
            Instant now = clock.instant();
            statuses.save(new SellerSyncStatus(run.sellerId(), SyncState.SYNCING, run.before().lastError(),
                    run.before().lastSuccessAt(), run.startedAt(), now, run.cooldowns()));
        }
    }

    /**
     * Combines a partial item with the stored data. The newer side (by {@code occurredAt}; ties go to stream items,
     * not to snapshot items) provides the state; the other side fills whatever the newer one leaves empty.
     */
    static InteractionData mergePartial(InteractionData stored, InteractionData incoming, Partial partial) {
        boolean incomingWins;
        if (stored.occurredAt() == null || incoming.occurredAt() == null) {
            incomingWins = incoming.occurredAt() != null || stored.occurredAt() == null;
        } else if (partial == Partial.SNAPSHOT) {
            incomingWins = incoming.occurredAt().isAfter(stored.occurredAt());
        } else {
            incomingWins = !incoming.occurredAt().isBefore(stored.occurredAt());
        }
        InteractionData newer = incomingWins ? incoming : stored;
        InteractionData older = incomingWins ? stored : incoming;
        ExtraData extra = older.extraData().withAll(newer.extraData());
        InteractionData merged = newer.toBuilder()
                .customerId(first(newer.customerId(), older.customerId()))
                .orderId(first(newer.orderId(), older.orderId()))
                .nmId(first(newer.nmId(), older.nmId()))
                .productArticle(first(newer.productArticle(), older.productArticle()))
                .subject(first(newer.subject(), older.subject()))
                .text(first(newer.text(), older.text()))
                .extraData(extra)
                .build();
        return merged.equals(stored) ? stored : merged;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** Builder of a {@link SyncService}; every port is required except those with a stated default. */
    public static final class Builder {
        private final InteractionFeed feed;
        private final InteractionRepository repository;
        private IngestionService ingestion;
        private SyncCursorStore cursors;
        private SyncStatusStore statuses;
        private SyncLock lock;
        private SellerSyncSettings settings = SellerSyncSettings.DEFAULTS;
        private ItemStep itemStep = ItemStep.NONE;
        private ru.agentiq.core.ops.SyncRunRecorder runs = ru.agentiq.core.ops.SyncRunRecorder.none();
        private Clock clock;
        private Duration overlap = DEFAULT_WATERMARK_OVERLAP;
        private Duration stuckAfter = DEFAULT_STUCK_AFTER;
        private Duration lockTtl = DEFAULT_LOCK_TTL;

        private Builder(InteractionFeed feed, InteractionRepository repository) {
            this.feed = Checks.required(feed, "feed");
            this.repository = Checks.required(repository, "repository");
        }

        /** Defaults to a listener-less {@link IngestionService} over the repository. */
        public Builder ingestion(IngestionService value) {
            this.ingestion = Checks.required(value, "ingestion");
            return this;
        }

        public Builder cursors(SyncCursorStore value) {
            this.cursors = Checks.required(value, "cursors");
            return this;
        }

        public Builder statuses(SyncStatusStore value) {
            this.statuses = Checks.required(value, "statuses");
            return this;
        }

        public Builder lock(SyncLock value) {
            this.lock = Checks.required(value, "lock");
            return this;
        }

        /** Defaults to {@link SellerSyncSettings#DEFAULTS}. */
        public Builder settings(SellerSyncSettings value) {
            this.settings = Checks.required(value, "settings");
            return this;
        }

        /** The per-item step (prioritisation); defaults to {@link ItemStep#NONE}. */
        public Builder itemStep(ItemStep value) {
            this.itemStep = Checks.required(value, "itemStep");
            return this;
        }

        /**
         * Where each finished run is reported — one per channel and one {@code all} aggregate — for sync health
         * (seed §g.5); default: nowhere.
         */
        public Builder runRecorder(ru.agentiq.core.ops.SyncRunRecorder value) {
            this.runs = Checks.required(value, "runRecorder");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Checks.required(value, "clock");
            return this;
        }

        public Builder watermarkOverlap(Duration value) {
            Checks.required(value, "watermarkOverlap");
            if (value.isNegative()) {
                throw new ValidationException("watermarkOverlap must not be negative, was " + value);
            }
            this.overlap = value;
            return this;
        }

        public Builder stuckAfter(Duration value) {
            this.stuckAfter = positive(value, "stuckAfter");
            return this;
        }

        public Builder lockTtl(Duration value) {
            this.lockTtl = positive(value, "lockTtl");
            return this;
        }

        public SyncService build() {
            if (cursors == null || statuses == null || lock == null || clock == null) {
                throw new ValidationException("cursors, statuses, lock and clock are required to build a SyncService");
            }
            return new SyncService(this);
        }

        private static Duration positive(Duration value, String field) {
            Checks.required(value, field);
            if (value.isZero() || value.isNegative()) {
                throw new ValidationException(field + " must be positive, was " + value);
            }
            return value;
        }
    }
}
