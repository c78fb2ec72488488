package ru.agentiq.core.autoresponse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

/**
 * Conformance kit for {@link AutoResponseSettingsStore}: every implementation (in memory, JDBC on H2 and PostgreSQL,
 * your own) extends it.
 */
public abstract class AutoResponseSettingsStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);
    private static final AutoResponseSettings DEFAULTS = new AutoResponseSettings(AutoResponseConfig.defaults(),
            false);

    protected AutoResponseSettingsStore store;

    /** A new, empty store. */
    protected abstract AutoResponseSettingsStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** Every field away from its default, including a scenario of the seller's own and sub-second delays. */
    public static AutoResponseConfig everyFieldChanged() {
        return AutoResponseConfig.builder()
                .enabled(true)
                .channels(Set.of(Channel.REVIEW, Channel.CHAT))
                .nmIds(Set.of("123456", "987654321"))
                .scenario(new Scenario("thanks", ScenarioAction.AUTO, Set.of(Channel.REVIEW, Channel.QUESTION), false))
                .scenario(new Scenario("refund_exchange", ScenarioAction.AUTO, Set.of(), true))
                .scenario(new Scenario("greeting_custom", ScenarioAction.DRAFT, Set.of(Channel.CHAT), true))
                .legacyIntents(Set.of("thanks", "delivery_status"))
                .promoSentence("Ждём вас снова — промокод «ВЕСНА» даёт 10%!")
                .delay(new DelayPolicy(Duration.ofMillis(1_500), Duration.ofSeconds(2), Duration.ofMillis(10),
                        Duration.ofSeconds(5)))
                .maxPerRun(25)
                .build();
    }

    @Nested
    class ASellerThatSetNothing {

        @Test
        void getsTheDefaultsWithSandboxOff() {
            assertThat(store.settings(SELLER)).isEqualTo(DEFAULTS);
        }

        @Test
        void isUnaffectedByAReset() {
            store.reset(SELLER);

            assertThat(store.settings(SELLER)).isEqualTo(DEFAULTS);
        }
    }

    @Nested
    class AfterAPut {

        @Test
        void readsBackEveryFieldEqual() {
            store.put(SELLER, everyFieldChanged());

            AutoResponseSettings read = store.settings(SELLER);
            assertThat(read.config()).isEqualTo(everyFieldChanged());
            assertThat(read.config().scenarios()).containsKey("greeting_custom");
            assertThat(read.sandbox()).isFalse();
        }

        @Test
        void theLastWriteWins() {
            store.put(SELLER, everyFieldChanged());
            AutoResponseConfig later = AutoResponseConfig.preset(AutoResponseConfig.Preset.SAFE);

            store.put(SELLER, later);

            assertThat(store.settings(SELLER).config()).isEqualTo(later);
        }

        @Test
        void aResetGivesTheDefaultsAndSwitchesSandboxOff() {
            store.put(SELLER, everyFieldChanged());
            store.sandbox(SELLER, true);

            store.reset(SELLER);

            assertThat(store.settings(SELLER)).isEqualTo(DEFAULTS);
        }

        @Test
        void otherSellersStillGetTheirOwn() {
            AutoResponseConfig other = AutoResponseConfig.preset(AutoResponseConfig.Preset.MAX);
            store.put(OTHER_SELLER, other);

            store.put(SELLER, everyFieldChanged());
            store.sandbox(SELLER, true);
            store.reset(SELLER);

            assertThat(store.settings(OTHER_SELLER)).isEqualTo(new AutoResponseSettings(other, false));
            assertThat(store.settings(SellerId.of(3))).isEqualTo(DEFAULTS);
        }
    }

    @Nested
    class SandboxMode {

        @Test
        void switchesWithoutTouchingTheConfiguration() {
            store.put(SELLER, everyFieldChanged());

            store.sandbox(SELLER, true);

            assertThat(store.settings(SELLER)).isEqualTo(new AutoResponseSettings(everyFieldChanged(), true));
        }

        @Test
        void isKeptWhenTheConfigurationIsReplaced() {
            store.sandbox(SELLER, true);

            store.put(SELLER, everyFieldChanged());

            assertThat(store.settings(SELLER)).isEqualTo(new AutoResponseSettings(everyFieldChanged(), true));
        }

        @Test
        void onASellerThatSetNothingKeepsTheDefaultConfiguration() {
            store.sandbox(SELLER, true);

            assertThat(store.settings(SELLER)).isEqualTo(new AutoResponseSettings(AutoResponseConfig.defaults(),
                    true));
            assertThat(store.settings(OTHER_SELLER).sandbox()).isFalse();
        }

        @Test
        void isKeptByAPresetThatReplacesTheConfiguration() {
            store.sandbox(SELLER, true);

            AutoResponseConfig applied = store.applyPreset(SELLER, AutoResponseConfig.Preset.BALANCED);

            assertThat(applied).isEqualTo(AutoResponseConfig.preset(AutoResponseConfig.Preset.BALANCED));
            assertThat(store.settings(SELLER)).isEqualTo(new AutoResponseSettings(applied, true));
        }

        @Test
        void canBeSwitchedOffAgain() {
            store.sandbox(SELLER, true);

            store.sandbox(SELLER, false);

            assertThat(store.settings(SELLER).sandbox()).isFalse();
        }
    }
}
