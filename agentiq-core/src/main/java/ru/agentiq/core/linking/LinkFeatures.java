package ru.agentiq.core.linking;

import java.time.Instant;
import java.util.Optional;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/**
 * What linking looks at in an interaction, prepared once: its references, time, normalised buyer name and word set.
 * Scoring many pairs from prepared features avoids re-reading texts for every pair. Immutable.
 */
public final class LinkFeatures {

    static final long UNKNOWN_TIME = Long.MIN_VALUE;
    private static final long MAX_ABS_EPOCH_SECONDS = 1_000_000_000_000L;

    private final InteractionId id;
    private final SellerId sellerId;
    private final Marketplace marketplace;
    private final Channel channel;
    private final String externalId;
    private final String orderId;
    private final String customerId;
    private final String nmId;
    private final String productArticle;
    private final long occurredAtMillis;
    private final String name;
    private final String[] tokens;

    private LinkFeatures(Interaction interaction) {
        InteractionData d = interaction.data();
        this.id = interaction.id();
        this.sellerId = d.sellerId();
        this.marketplace = d.marketplace();
        this.channel = d.channel();
        this.externalId = d.externalId();
        this.orderId = d.orderId();
        this.customerId = d.customerId();
        this.nmId = d.nmId();
        this.productArticle = d.productArticle();
        this.occurredAtMillis = timeOf(d.occurredAt());
        String normalized = PersonNames.normalize(PersonNames.displayName(d.extraData()).orElse(null));
        this.name = normalized.isEmpty() ? null : normalized;
        this.tokens = TextTokens.tokens(d.text());
    }

    /** The features of {@code interaction}. */
    public static LinkFeatures of(Interaction interaction) {
        return new LinkFeatures(Checks.required(interaction, "interaction"));
    }

    public InteractionId interactionId() {
        return id;
    }

    public SellerId sellerId() {
        return sellerId;
    }

    public Marketplace marketplace() {
        return marketplace;
    }

    public Channel channel() {
        return channel;
    }

    public String externalId() {
        return externalId;
    }

    public Optional<Instant> occurredAt() {
        return occurredAtMillis == UNKNOWN_TIME ? Optional.empty() : Optional.of(Instant.ofEpochMilli(occurredAtMillis));
    }

    /** The normalised display name, if the interaction carries one. */
    public Optional<String> normalizedName() {
        return Optional.ofNullable(name);
    }

    String orderId() {
        return orderId;
    }

    String customerId() {
        return customerId;
    }

    String nmId() {
        return nmId;
    }

    String productArticle() {
        return productArticle;
    }

    long occurredAtMillis() {
        return occurredAtMillis;
    }

    String name() {
        return name;
    }

    String[] tokens() {
        return tokens;
    }

    /** Absolute distance in milliseconds between the two occurrence times, or {@link Long#MAX_VALUE} when unknown. */
    long gapMillis(LinkFeatures other) {
        return gap(occurredAtMillis, other.occurredAtMillis);
    }

    /**
     * Epoch milliseconds of {@code occurredAt}; unknown when absent or absurdly far from today (beyond ±30,000 years),
     * which keeps every distance between two times free of overflow.
     */
    static long timeOf(Instant occurredAt) {
        if (occurredAt == null || Math.abs(occurredAt.getEpochSecond()) > MAX_ABS_EPOCH_SECONDS) {
            return UNKNOWN_TIME;
        }
        return occurredAt.toEpochMilli();
    }

    static long gap(long a, long b) {
        return a == UNKNOWN_TIME || b == UNKNOWN_TIME ? Long.MAX_VALUE : Math.abs(a - b);
    }
}
