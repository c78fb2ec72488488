package ru.agentiq.core.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.InboxSort;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.InteractionSource;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.ops.SyncRun;
import ru.agentiq.core.ops.SyncScope;

/**
 * Two weeks of made-up operator activity on the demo interactions — drafts, replies and their outcomes — so quality
 * history, ops alerts, readiness and analytics have something to show. The second week is deliberately worse (more
 * manual replies), which raises the manual-rate regression alert. Idempotent: a seller whose demo items already have
 * activity gets nothing more.
 */
public final class DemoActivity {

    /** Details flag on every event this class writes. */
    public static final String MARKER = "demo_activity";
    static final int DAYS = 14;

    private final InteractionRepository interactions;
    private final InteractionEventStore events;

    public DemoActivity(InteractionRepository interactions, InteractionEventStore events) {
        this.interactions = Checks.required(interactions, "interactions");
        this.events = Checks.required(events, "events");
    }

    /**
     * Writes the activity ending at {@code now}.
     *
     * @return events written (0 when the seller already had demo activity or has no demo interactions)
     */
    public int seed(SellerId sellerId, Instant now) {
        List<Interaction> demo = new ArrayList<>(interactions.find(InboxQuery.builder(sellerId)
                .source(InteractionSource.DEMO).sort(InboxSort.NEWEST).pageSize(InboxQuery.MAX_PAGE_SIZE)
                .includeTotal(false).build()).items());
        if (demo.isEmpty()) {
            return 0;
        }
        boolean seeded = events.forSeller(sellerId, now.minus(Duration.ofDays(DAYS + 1)), now.plusSeconds(1),
                Set.of(InteractionEventType.DRAFT_GENERATED)).stream()
                .anyMatch(e -> e.details().getBoolean(MARKER).orElse(false));
        if (seeded) {
            return 0;
        }
        int written = 0;
        int n = 0;
        for (int day = DAYS; day >= 1; day--) {
            boolean recentWeek = day <= 7;
            int replies = 3 + day % 3;
            for (int r = 0; r < replies; r++) {
                Interaction i = demo.get(n % demo.size());
                Instant at = now.minus(Duration.ofDays(day)).plus(Duration.ofHours(9 + 2L * r));
                // previous week: 1 manual in 10; last week: 4 in 10
                int slot = n % 10;
                boolean manual = recentWeek ? slot < 4 : slot == 0;
                n++;
                if (!manual) {
                    append(i, InteractionEventType.DRAFT_GENERATED, at.minusSeconds(90),
                            ExtraData.of("source", slot % 3 == 0 ? "fallback" : "llm", "force_regenerate", false,
                                    MARKER, true));
                    written++;
                }
                append(i, InteractionEventType.REPLY_SENT, at, ExtraData.of("text_len", 120, MARKER, true));
                written++;
                if (manual) {
                    append(i, InteractionEventType.REPLY_MANUAL, at, ExtraData.of("text_len", 120,
                            "draft_source", null, MARKER, true));
                } else if (slot % 2 == 0) {
                    BigDecimal ratio = new BigDecimal(slot % 4 == 0 ? "0.08" : "0.35");
                    append(i, InteractionEventType.DRAFT_EDITED, at, ExtraData.of("text_len", 120,
                            "draft_source", "llm", "edit_distance", 12, "edit_ratio", ratio, MARKER, true));
                } else {
                    append(i, InteractionEventType.DRAFT_ACCEPTED, at, ExtraData.of("text_len", 120,
                            "draft_source", "llm", "edit_ratio", 0, MARKER, true));
                }
                written++;
            }
        }
        return written;
    }

    /**
     * Sync runs of a demo seller's last hour: reviews and questions fine, chats fetching nothing three times in a
     * row (which raises {@code sync_zero_fetch}).
     */
    public static List<SyncRun> syncRuns(SellerId sellerId, Instant now) {
        List<SyncRun> runs = new ArrayList<>();
        for (int k = 4; k >= 1; k--) {
            Instant end = now.minus(Duration.ofMinutes(3L * k));
            runs.add(SyncRun.succeeded(sellerId, SyncScope.REVIEW, end.minusSeconds(4), end, 5L * k, 1, 0, 0, false));
            runs.add(SyncRun.succeeded(sellerId, SyncScope.QUESTION, end.minusSeconds(3), end, 4, 0, 1, 0, false));
            runs.add(SyncRun.succeeded(sellerId, SyncScope.CHAT, end.minusSeconds(2), end, k == 4 ? 3 : 0, 0, 0, 0,
                    false));
        }
        return runs;
    }

    private void append(Interaction i, InteractionEventType type, Instant at, ExtraData details) {
        events.append(i.sellerId(), i.id(), i.channel(), type, details, at);
    }
}
