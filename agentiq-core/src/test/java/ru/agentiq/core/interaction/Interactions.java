package ru.agentiq.core.interaction;

import java.time.Instant;

/** Test fixtures: small, valid interactions to vary per test. */
public final class Interactions {

    public static final SellerId SELLER = SellerId.of(1);
    public static final SellerId OTHER_SELLER = SellerId.of(2);
    public static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    private Interactions() {
    }

    public static InteractionData.Builder review(String externalId) {
        return InteractionData.builder(SELLER, Channel.REVIEW, externalId).rating(5).text("Отличный товар")
                .occurredAt(T0);
    }

    public static InteractionData.Builder question(String externalId) {
        return InteractionData.builder(SELLER, Channel.QUESTION, externalId).text("Какой размер взять?")
                .occurredAt(T0);
    }

    public static InteractionData.Builder chat(String externalId) {
        return InteractionData.builder(SELLER, Channel.CHAT, externalId).text("Где мой заказ?").occurredAt(T0);
    }
}
