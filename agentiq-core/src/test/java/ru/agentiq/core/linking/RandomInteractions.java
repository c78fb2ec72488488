package ru.agentiq.core.linking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

/**
 * Small random interaction sets where collisions are likely: few orders, customers and products, names that are
 * equal, contained in each other or unrelated, coarse times (so equal distances happen), a small vocabulary.
 */
final class RandomInteractions {

    static final SellerId SELLER = SellerId.of(7);
    static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");

    private static final String[] NAMES = {"Иван", "иван", "Иван П.", "Мария", "мария к", "Ма", "Алекс", "Александр",
            "Алёна", "Алена"};
    private static final String[] WORDS = {"размер", "маломерит", "доставка", "брак", "возврат", "цвет", "ткань",
            "спасибо", "заказ", "когда", "где", "не", "пришел", "отличный", "товар", "молния"};

    private final Random random;

    RandomInteractions(long seed) {
        this.random = new Random(seed);
    }

    List<Interaction> interactions(int count) {
        List<Interaction> out = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < count; i++) {
            long id;
            do {
                id = 1 + random.nextInt(10 * Math.max(count, 1));
            } while (!ids.add(id));
            out.add(interaction(id, "x" + id));
        }
        return out;
    }

    /** A fresh random version of {@code original}: same id, key and channel, new linking features. */
    Interaction mutate(Interaction original) {
        Interaction fresh = interaction(original.id().value(), original.data().externalId());
        return new Interaction(original.id(), fresh.data().toBuilder().channel(original.channel())
                .rating(original.channel() == Channel.REVIEW ? fresh.data().rating() : null).build(),
                original.createdAt(), original.updatedAt());
    }

    private Interaction interaction(long id, String externalId) {
        Channel channel = Channel.values()[random.nextInt(3)];
        InteractionData.Builder b = InteractionData.builder(SELLER, channel, externalId)
                .orderId(pick(0.6, "o1", "o2", "o3", "o4"))
                .customerId(pick(0.6, "c1", "c2", "c3"))
                .nmId(pick(0.3, "n1", "n2", "n3"))
                .productArticle(pick(0.4, "a1", "a2", "a3"))
                .text(text());
        if (channel == Channel.REVIEW) {
            b.rating(1 + random.nextInt(5));
        }
        if (random.nextInt(10) > 0) {
            b.occurredAt(T0.plus(Duration.ofHours(6L * random.nextInt(200))));
        }
        String name = pick(0.3, NAMES);
        if (name != null) {
            String key = PersonNames.NAME_KEYS.get(random.nextInt(3));
            b.extraData(ExtraData.of(key, name));
        }
        return new Interaction(InteractionId.of(id), b.build(), T0, T0);
    }

    private String text() {
        int words = random.nextInt(6);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : ", ");
        }
        return s.toString();
    }

    private String pick(double nullChance, String... values) {
        return random.nextDouble() < nullChance ? null : values[random.nextInt(values.length)];
    }

    LinkingConfig config() {
        LinkingConfig base = random.nextBoolean() ? LinkingConfig.piloted() : LinkingConfig.plan();
        int[] neighbours = {1, 2, 3, 50};
        Duration[] windows = {Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30)};
        return base.toBuilder()
                .blockNeighbours(neighbours[random.nextInt(neighbours.length)])
                .maxCandidates(1 + random.nextInt(5))
                .productWindow(windows[random.nextInt(windows.length)])
                .build();
    }

    Random random() {
        return random;
    }
}
