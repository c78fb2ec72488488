package ru.agentiq.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.SellerId;

/**
 * Conformance kit for {@link DraftSettingsStore}: every implementation (in memory, JDBC on H2 and PostgreSQL, your own)
 * extends it. The store under test has {@link DraftSettings#defaults()} as its defaults.
 */
public abstract class DraftSettingsStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);

    protected DraftSettingsStore store;

    /** A new, empty store whose defaults are {@link DraftSettings#defaults()}. */
    protected abstract DraftSettingsStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** Every field away from its default. */
    public static DraftSettings everyFieldChanged() {
        return new DraftSettings(Tone.FRIENDLY, false, "openrouter", "anthropic/claude-3.5-haiku:beta");
    }

    @Nested
    class ASellerThatSetNothing {

        @Test
        void getsTheDefaults() {
            assertThat(store.settings(SELLER)).isEqualTo(DraftSettings.defaults());
        }

        @Test
        void isUnaffectedByAReset() {
            store.reset(SELLER);

            assertThat(store.settings(SELLER)).isEqualTo(DraftSettings.defaults());
        }
    }

    @Nested
    class AfterAPut {

        @Test
        void readsBackEveryFieldEqual() {
            store.put(SELLER, everyFieldChanged());

            assertThat(store.settings(SELLER)).isEqualTo(everyFieldChanged());
        }

        @Test
        void theLastWriteWins() {
            store.put(SELLER, everyFieldChanged());
            DraftSettings later = DraftSettings.defaults().withTone(Tone.FORMAL);

            store.put(SELLER, later);

            assertThat(store.settings(SELLER)).isEqualTo(later);
        }

        @Test
        void aResetGivesTheDefaultsAgain() {
            store.put(SELLER, everyFieldChanged());

            store.reset(SELLER);

            assertThat(store.settings(SELLER)).isEqualTo(DraftSettings.defaults());
        }

        @Test
        void otherSellersStillGetTheirOwn() {
            DraftSettings other = DraftSettings.defaults().withTone(Tone.FORMAL);
            store.put(OTHER_SELLER, other);

            store.put(SELLER, everyFieldChanged());
            store.reset(SELLER);

            assertThat(store.settings(OTHER_SELLER)).isEqualTo(other);
            assertThat(store.settings(SellerId.of(3))).isEqualTo(DraftSettings.defaults());
        }
    }
}
