package ru.agentiq.benchmarks.draft;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import ru.agentiq.core.draft.CachingProductCatalog;
import ru.agentiq.core.draft.ChatLine;
import ru.agentiq.core.draft.DraftConfig;
import ru.agentiq.core.draft.DraftReviewer;
import ru.agentiq.core.draft.DraftService;
import ru.agentiq.core.draft.DraftWarning;
import ru.agentiq.core.draft.GroundingBuilder;
import ru.agentiq.core.draft.LlmDisabledException;
import ru.agentiq.core.draft.ProductCard;
import ru.agentiq.core.draft.ProductHistoryIndex;
import ru.agentiq.core.draft.ProductMemory;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionStatus;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;

/**
 * Assembling one draft without the model call: {@link DraftService#prepare} (keyword analysis, fallback text and
 * cleanup, the template fast-path check, grounding — product card through the TTL cache, the seller's past replies and
 * frequent intents for the product read from the repository, customer profile, chat history — and both prompts) plus
 * the draft-stage guardrail review of the result, against a baseline in the same run that fills a fixed prompt
 * template with the buyer's text and product name (no lookups, no checks).
 *
 * <p>Workload: an in-memory repository with {@value #INTERACTIONS} interactions of one seller over
 * {@value #PRODUCTS} products (reviews, questions, chats; half answered, with intents), drafts requested round-robin
 * over the open reviews, questions and chats. {@code productMemory=index} reads the seller's response history from
 * the per-product {@link ProductHistoryIndex}; {@code scan} searches the repository for the product on every draft
 * (the in-memory repository's text search). Scores are per draft (µs/op).
 *
 * <p>Run: {@code ./mvnw -q package -DskipTests -pl agentiq-benchmarks -am &&
 * java -jar agentiq-benchmarks/target/benchmarks.jar DraftAssemblyBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DraftAssemblyBenchmark {

    static final int INTERACTIONS = 2_000;
    static final int PRODUCTS = 40;
    private static final SellerId SELLER = SellerId.of(1);
    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private static final String[] INTENTS = {"sizing_fit", "availability_delivery", "spec_compatibility",
            "delivery_status", "defect_not_working", "thanks"};
    private static final String[] TEXTS = {
            "Джинсы маломерят минимум на размер, в поясе не сошлись. Ткань тонковата.",
            "Подскажите, какой размер выбрать при росте 176 и весе 72 кг? Обычно ношу 32-й.",
            "Кофемолка пришла сегодня и не включается вообще, индикатор не горит. Что делать?",
            "Когда будет в наличии это платье в размере 44? Хочу успеть до пятницы.",
            "Кроссовки отличные: лёгкие, сели идеально, в коробке ещё и запасные шнурки, спасибо!"};

    /** Where past replies and frequent intents come from: the per-product index, or a repository scan. */
    @Param({"index", "scan"})
    public String productMemory;

    private DraftService service;
    private DraftReviewer reviewer;
    private List<Interaction> open;
    private int next;

    @Setup
    public void setUp() {
        InMemoryInteractionRepository repository = new InMemoryInteractionRepository();
        Channel[] channels = Channel.values();
        for (int i = 0; i < INTERACTIONS; i++) {
            Channel channel = channels[i % channels.length];
            boolean answered = i % 2 == 0;
            String intent = INTENTS[i % INTENTS.length];
            ExtraData extra = ExtraData.of(channel == Channel.QUESTION ? "question_intent" : "chat_intent", intent,
                    "user_name", "Иванова Мария");
            if (answered) {
                extra = extra.with("last_reply_text", "Спасибо за обращение! Размерная сетка есть в карточке, при"
                        + " росте 176 подойдёт размер 32.");
            }
            InteractionData.Builder b = InteractionData.builder(SELLER, channel, "bench-" + i)
                    .nmId(String.valueOf(100_000 + i % PRODUCTS)).text(TEXTS[i % TEXTS.length])
                    .subject("Товар " + i % PRODUCTS).customerId(channel == Channel.CHAT ? "buyer-" + i % 300 : null)
                    .occurredAt(NOW.minus(Duration.ofMinutes(i))).extraData(extra)
                    .status(answered ? InteractionStatus.RESPONDED : InteractionStatus.OPEN).needsResponse(!answered)
                    .priority(answered ? Priority.LOW : Priority.NORMAL);
            if (channel == Channel.REVIEW) {
                b.rating(1 + i % 5);
            }
            repository.upsert(b.build(), NOW);
        }
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        Map<String, ProductCard> cards = new LinkedHashMap<>();
        for (int p = 0; p < PRODUCTS; p++) {
            String nm = String.valueOf(100_000 + p);
            cards.put(nm, new ProductCard(nm, "Джинсы slim fit " + p, "Denim Co", "Одежда > Джинсы",
                    "Классические джинсы из плотного хлопка с эластаном, посадка slim, средняя талия.",
                    Map.of("Состав", "98% хлопок, 2% эластан", "Цвет", "синий", "Посадка", "slim")));
        }
        CachingProductCatalog catalog = new CachingProductCatalog(nm -> Optional.ofNullable(cards.get(nm)), clock);
        List<ChatLine> history = List.of(new ChatLine(true, "Мария", "Здравствуйте! Где мой заказ?", NOW),
                new ChatLine(false, null, "Добрый день! Проверим и ответим.", NOW),
                new ChatLine(true, "Мария", "Уже неделю жду, помогите", NOW));
        ProductMemory memory;
        if ("index".equals(productMemory)) {
            ProductHistoryIndex index = new ProductHistoryIndex();
            index.rebuild(repository, SELLER);
            memory = index;
        } else {
            memory = ProductMemory.scanning(repository);
        }
        GroundingBuilder grounding = new GroundingBuilder(catalog, memory,
                interaction -> Optional.of("Клиент: Мария. Обращений: 3. Средний рейтинг: 4.3"),
                (chat, limit) -> history, DraftConfig.defaults());
        reviewer = Reviewers.draftStage();
        service = DraftService.builder(repository, new InMemoryInteractionEventStore(), request -> {
            throw new LlmDisabledException("never called: only the assembly is measured");
        }, clock).grounding(grounding).reviewer(reviewer).build();
        open = new ArrayList<>();
        repository.find(ru.agentiq.core.interaction.InboxQuery.builder(SELLER).needsResponse(true)
                .pageSize(100).includeTotal(false).build()).items().forEach(open::add);
    }

    @Benchmark
    public void assemble(Blackhole bh) {
        Interaction interaction = open.get(next++ % open.size());
        DraftService.Prepared prepared = service.prepare(interaction);
        List<DraftWarning> warnings = reviewer.review(SELLER, interaction.channel(), prepared.fallbackText(),
                interaction.data().text());
        bh.consume(prepared);
        bh.consume(warnings);
    }

    @Benchmark
    public String baselineTemplateFill() {
        Interaction interaction = open.get(next++ % open.size());
        InteractionData d = interaction.data();
        return new StringBuilder(512).append("Ты помогаешь продавцу на Wildberries.\nТовар: ")
                .append(d.subject()).append("\nОбращение: ").append(d.text())
                .append("\nОтветь вежливо, не длиннее 500 символов.").toString();
    }
}
