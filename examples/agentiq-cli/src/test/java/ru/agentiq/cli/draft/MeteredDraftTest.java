package ru.agentiq.cli.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.usage.LlmCallEvent;
import ru.agentiq.cli.StoreOptions;
import ru.agentiq.cli.Workspace;
import ru.agentiq.core.draft.Draft;
import ru.agentiq.core.draft.DraftService;
import ru.agentiq.core.draft.FallingBackDraftGenerator;
import ru.agentiq.core.draft.LlmCallException;
import ru.agentiq.core.draft.LlmCallStatus;
import ru.agentiq.core.draft.LlmUsage;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;

class MeteredDraftTest {

    @Test
    void aTimedOutModelCallIsMeteredAndTheDraftComesFromTheFallback() {
        SellerId seller = SellerId.of(1);
        Workspace w = Workspace.open(new StoreOptions(), seller);
        FallingBackDraftGenerator model = new FallingBackDraftGenerator(request -> {
            throw new LlmCallException("timed out", LlmUsage.builder("deepseek", "deepseek")
                    .inputTokens(900, 0).latency(Duration.ofSeconds(30)).status(LlmCallStatus.TIMEOUT).build());
        });
        DraftService drafts = DraftService.builder(w.store().interactions(), w.store().events(),
                DraftCommand.metered(w, model), w.store().clock()).build();

        Draft draft = drafts.draft(seller, InteractionId.of(2), false);

        assertThat(draft.usedFallback()).isTrue();
        assertThat(draft.usage().status()).isEqualTo(LlmCallStatus.TIMEOUT);
        List<LlmCallEvent> calls = w.store().usageEvents().recent(AccountId.of(seller), 10, 0);
        assertThat(calls).singleElement().satisfies(e -> {
            assertThat(e.call().usedFallback()).isTrue();
            assertThat(e.call().status()).isEqualTo(LlmCallStatus.TIMEOUT);
            assertThat(e.call().inputTokensFresh()).isEqualTo(900);
        });
    }
}
