package ru.agentiq.benchmarks.linking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

/**
 * A reproducible synthetic seller: {@value #PRODUCTS} products whose popularity follows Zipf's law (s = 1, so the top
 * product draws about a tenth of all traffic), reviews 55 %, questions 25 %, chats 20 % spread over one year, every
 * item with an nmID and most with the seller article and a buyer name from a pool of 300; 20 % of the items belong to
 * identified buyers (customer id, often an order id) who write two or three times about one product within days —
 * the episodes linking exists to find. Texts are 5–20 words from a 400-word vocabulary with channel-typical phrases.
 * Ids increase with time, as a store assigns them.
 */
public final class SyntheticSeller {

    public static final SellerId SELLER = SellerId.of(1);
    public static final int PRODUCTS = 5_000;
    public static final Instant START = Instant.parse("2025-11-01T00:00:00Z");
    public static final Duration SPAN = Duration.ofDays(365);

    private static final String[] FIRST_NAMES = {"Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Светлана",
            "Татьяна", "Юлия", "Екатерина", "Алёна", "Дарья", "Ксения", "Полина", "Виктория", "Александр", "Дмитрий",
            "Сергей", "Андрей", "Алексей", "Иван", "Михаил", "Максим", "Евгений", "Никита", "Олег", "Павел", "Роман",
            "Артём", "Кирилл"};
    private static final String[] INITIALS = {"", "", "", " А.", " В.", " К.", " М.", " С.", " П.", " Н."};
    private static final String[] REVIEW_PHRASES = {"отличный товар рекомендую", "размер соответствует",
            "маломерит на размер", "ткань тонкая", "цвет как на фото", "пришел с браком", "швы кривые",
            "быстрая доставка", "упаковка целая", "качество хорошее за свои деньги", "молния сломалась",
            "запах сильный", "сел после стирки", "очень доволен покупкой", "не подошел возвращаю"};
    private static final String[] QUESTION_PHRASES = {"какой размер выбрать", "есть ли в наличии",
            "когда будет поставка", "подойдет ли на рост", "из какого материала", "совместим ли",
            "можно ли стирать в машинке", "какая длина изделия", "есть другой цвет", "маломерит или нет"};
    private static final String[] CHAT_PHRASES = {"где мой заказ", "пришел не тот размер", "хочу оформить возврат",
            "товар с браком что делать", "можно обменять", "доставка задерживается", "не пришел заказ",
            "как вернуть деньги", "пришел другой цвет", "спасибо за помощь"};

    private final SplittableRandom random;
    private final double[] productCdf;
    private final String[] vocabulary;

    public SyntheticSeller(long seed) {
        this.random = new SplittableRandom(seed);
        this.productCdf = zipfCdf(PRODUCTS, 1.0);
        this.vocabulary = new String[400];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = word(i);
        }
    }

    /** {@code count} interactions with ids 1..count in time order. */
    public List<Interaction> interactions(int count) {
        long spanMillis = SPAN.toMillis();
        Draft[] drafts = new Draft[count];
        int i = 0;
        int customers = 0;
        while (i < count) {
            if (random.nextInt(100) < 9 && count - i >= 3) {
                // An identified buyer: two or three touches about one product within a few days.
                int touches = 2 + random.nextInt(2);
                int product = product();
                long base = (long) (random.nextDouble() * spanMillis);
                String customer = "buyer-" + (++customers);
                String order = random.nextInt(100) < 60 ? "ord-" + customers : null;
                String name = name();
                for (int t = 0; t < touches; t++) {
                    long at = Math.min(spanMillis - 1, base + (long) (random.nextDouble() * Duration.ofDays(4).toMillis()));
                    drafts[i++] = new Draft(at, channel(), product, customer, order, name);
                }
            } else {
                drafts[i++] = new Draft((long) (random.nextDouble() * spanMillis), channel(), product(), null, null,
                        random.nextInt(100) < 80 ? name() : null);
            }
        }
        Arrays.sort(drafts, (a, b) -> Long.compare(a.at, b.at));
        List<Interaction> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            out.add(build(n + 1, drafts[n]));
        }
        return out;
    }

    /** One more interaction with id {@code id} at {@code at}, like the ones of {@link #interactions(int)}. */
    public Interaction next(long id, Instant at) {
        Draft d = new Draft(at.toEpochMilli() - START.toEpochMilli(), channel(), product(),
                random.nextInt(100) < 20 ? "buyer-x" + id : null, null, random.nextInt(100) < 80 ? name() : null);
        return build(id, d);
    }

    private Interaction build(long id, Draft d) {
        Instant at = START.plusMillis(d.at);
        InteractionData.Builder b = InteractionData.builder(SELLER, d.channel, d.channel.wire() + "-" + id)
                .nmId(Integer.toString(100_000 + d.product))
                .productArticle(random.nextInt(100) < 90 ? "ART-" + d.product : null)
                .customerId(d.customer)
                .orderId(d.order)
                .text(text(d.channel))
                .occurredAt(at);
        if (d.channel == Channel.REVIEW) {
            b.rating(1 + random.nextInt(5));
        }
        if (d.name != null) {
            b.extraData(ExtraData.of(d.channel == Channel.CHAT ? "customer_name" : "user_name", d.name));
        }
        return new Interaction(InteractionId.of(id), b.build(), at, at);
    }

    private Channel channel() {
        int r = random.nextInt(100);
        return r < 55 ? Channel.REVIEW : r < 80 ? Channel.QUESTION : Channel.CHAT;
    }

    private int product() {
        int idx = Arrays.binarySearch(productCdf, random.nextDouble());
        return Math.min(PRODUCTS - 1, idx < 0 ? -idx - 1 : idx);
    }

    private String name() {
        return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + INITIALS[random.nextInt(INITIALS.length)];
    }

    private String text(Channel channel) {
        String[] phrases = channel == Channel.REVIEW ? REVIEW_PHRASES
                : channel == Channel.QUESTION ? QUESTION_PHRASES : CHAT_PHRASES;
        StringBuilder s = new StringBuilder(phrases[random.nextInt(phrases.length)]);
        int words = 2 + random.nextInt(15);
        for (int w = 0; w < words; w++) {
            s.append(' ').append(vocabulary[(int) Math.min(vocabulary.length - 1,
                    Math.floor(-Math.log(1 - random.nextDouble()) * 60))]);
        }
        return s.toString();
    }

    private static String word(int i) {
        String syllables = "ка ло ми ре ту на по сти ва де ры жу бо ле ни";
        String[] parts = syllables.split(" ");
        return parts[i % parts.length] + parts[(i / parts.length) % parts.length]
                + parts[(i / (parts.length * parts.length)) % parts.length] + "ть";
    }

    private static double[] zipfCdf(int n, double s) {
        double[] cdf = new double[n];
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1 / Math.pow(k, s);
            cdf[k - 1] = sum;
        }
        for (int k = 0; k < n; k++) {
            cdf[k] /= sum;
        }
        return cdf;
    }

    private record Draft(long at, Channel channel, int product, String customer, String order, String name) {
    }
}
