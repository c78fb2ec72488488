package ru.agentiq.core.autoresponse;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.agentiq.core.testing.Store.SELLER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.draft.Draft;
import ru.agentiq.core.draft.DraftResult;
import ru.agentiq.core.draft.DraftService;
import ru.agentiq.core.draft.DraftSource;
import ru.agentiq.core.draft.GuardrailReviewers;
import ru.agentiq.core.draft.KeywordAnalysis;
import ru.agentiq.core.draft.PrioritizerKeywords;
import ru.agentiq.core.guardrails.AutoResponseGuard;
import ru.agentiq.core.guardrails.Guardrails;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.testing.Store;

/** Drafts and auto-responses wired to the real guardrails and priority rules of core. */
class GuardrailWiringTest {

    private final Store store = new Store();
    private String modelText = "Спасибо за отзыв! Рады, что понравилось.";

    private DraftService drafts() {
        return DraftService.builder(store.interactions, store.events,
                r -> new DraftResult(modelText, DraftSource.LLM, null), store.clock)
                .reviewer(GuardrailReviewers.of(Guardrails.defaults()))
                .keywords(PrioritizerKeywords.of(InteractionPrioritizer.defaults(), store.clock)).build();
    }

    @Test
    void aDraftOfferingAnUnaskedReturnCarriesAnErrorWarningAndKeepsItsText() {
        modelText = "Жаль, что так вышло. Можете оформить возврат в личном кабинете WB в любой момент.";
        Interaction review = store.add(store.item(Channel.REVIEW).rating(2).text("Цвет не как на фото"));

        Draft draft = drafts().draft(SELLER, review.id(), false);

        assertThat(draft.text()).contains("оформить возврат");
        assertThat(draft.guardrailWarnings()).anySatisfy(w -> {
            assertThat(w.type()).isEqualTo("unsolicited_return");
            assertThat(w.severity()).isEqualTo("error");
        });
    }

    @Test
    void modelOutputIsCleanedBeforeTheGuardrailsSeeIt() {
        modelText = "Наш бот уже передал информацию, спасибо за подробный отзыв о товаре.";
        Interaction review = store.add(store.item(Channel.REVIEW).rating(3).text("Нормально"));

        Draft draft = drafts().draft(SELLER, review.id(), false);

        assertThat(draft.text()).doesNotContain("бот");
        assertThat(draft.guardrailWarnings()).noneSatisfy(w -> assertThat(w.category()).isEqualTo("ai_mention"));
    }

    @Test
    void thePriorityRulesGiveTheFallbackItsIntentAndEscalation() {
        Interaction chat = store.add(store.item(Channel.CHAT).text("У ребёнка аллергия после этой куртки"));
        KeywordAnalysis analysis = PrioritizerKeywords.of(InteractionPrioritizer.defaults(), store.clock)
                .analyze(chat.data());
        assertThat(analysis.needsEscalation()).isTrue();
        assertThat(analysis.escalationReason()).contains("medical");

        Interaction whereIsIt = store.add(store.item(Channel.CHAT).text("Где мой заказ?"));
        assertThat(PrioritizerKeywords.of(InteractionPrioritizer.defaults(), store.clock).analyze(whereIsIt.data())
                .intent()).isEqualTo("delivery_status");
    }

    @Test
    void theStrictChecksStopRiskyWordingAndRepeats() {
        AutoResponseGuard guard = AutoResponseGuard.builder().history(GuardrailAdapters.history(store.interactions))
                .build();
        List<String> sent = new ArrayList<>();
        AutoResponder responder = AutoResponder.builder(store.interactions, store.events, drafts(),
                id -> new AutoResponseSettings(AutoResponseConfig.builder().enabled(true).build(), false),
                (i, text) -> sent.add(text), store.clock)
                .guardrails(GuardrailReviewers.of(Guardrails.defaults()))
                .strictChecks(GuardrailAdapters.strictCheck(guard))
                .sleeper(d -> { })
                .build();
        String text = "Очень рады, что понравилось! Будем ждать вас снова, хорошего дня.";
        modelText = text;

        Interaction first = store.add(store.item(Channel.REVIEW).rating(5).text("Хороший товар, но долго шёл"));
        assertThat(responder.respond(SELLER, first.id()).outcome()).isEqualTo(Outcome.SENT);

        store.clock.advance(Duration.ofMinutes(10));
        Interaction second = store.add(store.item(Channel.REVIEW).rating(4).text("Нормально, но упаковка мятая"));
        AutoResponseDecision repeat = responder.respond(SELLER, second.id());
        assertThat(repeat.skipReason()).isEqualTo(SkipReason.STRICT_CHECKS_FAILED);
        assertThat(repeat.problems()).anySatisfy(p -> assertThat(p).startsWith("repeated_reply"));

        modelText = "Спасибо! Дарим скидку 10% на следующий заказ, ждём вас снова.";
        Interaction third = store.add(store.item(Channel.REVIEW).rating(5).text("Хорошо, но размер великоват"));
        AutoResponseDecision risky = responder.respond(SELLER, third.id());
        assertThat(risky.skipReason()).isEqualTo(SkipReason.STRICT_CHECKS_FAILED);
        assertThat(sent).hasSize(1);
    }
}
