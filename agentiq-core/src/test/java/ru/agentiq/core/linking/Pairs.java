package ru.agentiq.core.linking;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

/** Test fixtures for linking: interactions with just the fields a test sets, ids counting up. */
final class Pairs {

    static final SellerId SELLER = SellerId.of(1);
    static final Instant T0 = Instant.parse("2026-11-01T12:00:00Z");
    private static final AtomicLong IDS = new AtomicLong(1000);

    private Pairs() {
    }

    static InteractionData.Builder review() {
        return InteractionData.builder(SELLER, Channel.REVIEW, "r" + IDS.incrementAndGet());
    }

    static InteractionData.Builder question() {
        return InteractionData.builder(SELLER, Channel.QUESTION, "q" + IDS.incrementAndGet());
    }

    static InteractionData.Builder chat() {
        return InteractionData.builder(SELLER, Channel.CHAT, "c" + IDS.incrementAndGet());
    }

    static Interaction stored(InteractionData.Builder data) {
        return stored(IDS.incrementAndGet(), data);
    }

    static Interaction stored(long id, InteractionData.Builder data) {
        return new Interaction(InteractionId.of(id), data.build(), T0, T0);
    }

    static ExtraData named(String key, String name) {
        return ExtraData.of(key, name);
    }
}
