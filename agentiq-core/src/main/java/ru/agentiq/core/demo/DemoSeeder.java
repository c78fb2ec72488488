package ru.agentiq.core.demo;

import java.time.Clock;
import java.time.Instant;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionEventType;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.internal.Checks;

/**
 * Seeds {@link DemoData} for a seller, idempotently: an item already present is left exactly as it is (a seller may
 * have answered it meanwhile), so seeding twice creates nothing the second time. Answered demo items also get the
 * {@code reply_sent} event that quality metrics read.
 */
public final class DemoSeeder {

    static final String ANSWERED_REVIEW_REPLY = "Спасибо за отзыв! Лямки со временем становятся мягче,"
            + " а если захотите — подскажем, как их удобнее отрегулировать.";

    private final InteractionRepository interactions;
    private final InteractionEventStore events;
    private final Clock clock;

    public DemoSeeder(InteractionRepository interactions, InteractionEventStore events, Clock clock) {
        this.interactions = Checks.required(interactions, "interactions");
        this.events = Checks.required(events, "events");
        this.clock = Checks.required(clock, "clock");
    }

    /** Stores the demo interactions {@code sellerId} does not have yet. */
    public DemoSeedResult seed(SellerId sellerId) {
        Instant now = clock.instant();
        int created = 0;
        int present = 0;
        for (InteractionData item : DemoData.interactions(sellerId, now)) {
            if (interactions.findByKey(item.key()).isPresent()) {
                present++;
                continue;
            }
            UpsertResult result = interactions.upsert(item, now);
            if (result.outcome() != UpsertResult.Outcome.CREATED) {
                present++; // a concurrent seeding won the race
                continue;
            }
            created++;
            if (!item.needsResponse()) {
                String text = item.extraData().getString("last_reply_text").orElse("");
                events.append(sellerId, result.interaction().id(), item.channel(), InteractionEventType.REPLY_SENT,
                        ExtraData.of("text", text, "source", "demo", "is_demo", true, "text_len", text.length()),
                        now);
            }
        }
        return new DemoSeedResult(created, present);
    }

    /**
     * @param created        demo interactions stored by this call
     * @param alreadyPresent demo interactions the seller already had
     */
    public record DemoSeedResult(int created, int alreadyPresent) {
    }
}
