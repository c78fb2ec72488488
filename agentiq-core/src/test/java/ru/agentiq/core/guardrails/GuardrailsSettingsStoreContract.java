package ru.agentiq.core.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

/**
 * Conformance kit for {@link GuardrailsSettingsStore}: every implementation (in memory, JDBC on H2 and PostgreSQL, your
 * own) extends it.
 */
public abstract class GuardrailsSettingsStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);

    protected GuardrailsSettingsStore store;

    /** A new, empty store. */
    protected abstract GuardrailsSettingsStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** Every field away from its default: added, removed and re-ranked phrases, severities, limits. */
    public static GuardrailsConfig everyFieldChanged() {
        return GuardrailsConfig.builder()
                .addPhrases(GuardrailsConfig.PROMISE, "вернём вс{ё,е}", "скидка навсегда")
                .removePhrases(GuardrailsConfig.DISMISSIVE, "мы не можем повлиять")
                .severity(GuardrailsConfig.BLAME, Channel.CHAT, null)
                .category(new PhraseCategory(GuardrailsConfig.JARGON, Map.of(Channel.REVIEW, Severity.WARNING,
                        Channel.QUESTION, Severity.ERROR), GuardrailsConfig.DEFAULT_JARGON_PHRASES))
                .returnMentions(List.of("возврат*", "деньги назад"))
                .returnTriggers(List.of("верн{ите,ёте}"))
                .returnSeverity(Channel.QUESTION, null)
                .returnSeverity(Channel.CHAT, Severity.WARNING)
                .maxLength(Channel.CHAT, 800)
                .maxLength(Channel.QUESTION, null)
                .minLength(Channel.REVIEW, 5)
                .minLength(Channel.QUESTION, null)
                .build();
    }

    @Nested
    class ASellerThatSetNothing {

        @Test
        void getsTheDefaults() {
            assertThat(store.forSeller(SELLER)).isEqualTo(GuardrailsConfig.defaults());
        }

        @Test
        void isUnaffectedByAReset() {
            store.reset(SELLER);

            assertThat(store.forSeller(SELLER)).isEqualTo(GuardrailsConfig.defaults());
        }
    }

    @Nested
    class AfterAPut {

        @Test
        void readsBackEveryFieldEqualAndInOrder() {
            GuardrailsConfig config = everyFieldChanged();

            store.put(SELLER, config);

            GuardrailsConfig read = store.forSeller(SELLER);
            assertThat(read).isEqualTo(config);
            assertThat(read.categories()).extracting(PhraseCategory::name).containsExactly(
                    GuardrailsConfig.AI_MENTION, GuardrailsConfig.PROMISE, GuardrailsConfig.BLAME,
                    GuardrailsConfig.DISMISSIVE, GuardrailsConfig.JARGON);
            assertThat(read.maxLength(Channel.QUESTION)).isEmpty();
        }

        @Test
        void theLastWriteWins() {
            store.put(SELLER, everyFieldChanged());
            GuardrailsConfig later = GuardrailsConfig.builder().maxLength(Channel.REVIEW, 300).build();

            store.put(SELLER, later);

            assertThat(store.forSeller(SELLER)).isEqualTo(later);
        }

        @Test
        void aResetGivesTheDefaultsAgain() {
            store.put(SELLER, everyFieldChanged());

            store.reset(SELLER);

            assertThat(store.forSeller(SELLER)).isEqualTo(GuardrailsConfig.defaults());
        }

        @Test
        void otherSellersStillGetTheirOwn() {
            GuardrailsConfig other = GuardrailsConfig.builder().removeCategory(GuardrailsConfig.BLAME).build();
            store.put(OTHER_SELLER, other);

            store.put(SELLER, everyFieldChanged());
            store.reset(SELLER);

            assertThat(store.forSeller(OTHER_SELLER)).isEqualTo(other);
            assertThat(store.forSeller(SellerId.of(3))).isEqualTo(GuardrailsConfig.defaults());
        }
    }
}
