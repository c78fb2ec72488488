package ru.agentiq.core.promo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.SellerId;

/**
 * Conformance kit for {@link PromoSettingsStore}: every implementation (in memory, JDBC on H2 and PostgreSQL, your own)
 * extends it.
 */
public abstract class PromoSettingsStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);

    protected PromoSettingsStore store;

    /** A new, empty store. */
    protected abstract PromoSettingsStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** Every field away from its default: ten codes, in an order that is not alphabetical, with every flag mix. */
    public static PromoSettings everyFieldChanged() {
        List<PromoCode> codes = new java.util.ArrayList<>();
        codes.add(new PromoCode("ZIMA-2026", "15%", true, LocalDate.of(2026, 12, 31),
                EnumSet.of(PromoAudience.REVIEWS_POSITIVE, PromoAudience.CHAT_QUESTIONS)));
        codes.add(new PromoCode("ВЕСНА_10", null, false, null, Set.of()));
        codes.add(new PromoCode("ALL", "500 ₽", true, null, EnumSet.allOf(PromoAudience.class)));
        for (int i = 0; i < 7; i++) {
            codes.add(PromoCode.of("CODE" + i, i + "%"));
        }
        return new PromoSettings(codes, true, false);
    }

    @Nested
    class ASellerThatSetNothing {

        @Test
        void getsTheDefaults() {
            assertThat(store.settings(SELLER)).isEqualTo(PromoSettings.defaults());
        }

        @Test
        void isUnaffectedByAReset() {
            store.reset(SELLER);

            assertThat(store.settings(SELLER)).isEqualTo(PromoSettings.defaults());
        }
    }

    @Nested
    class AfterAPut {

        @Test
        void readsBackEveryFieldEqualAndInOrder() {
            store.put(SELLER, everyFieldChanged());

            PromoSettings read = store.settings(SELLER);
            assertThat(read).isEqualTo(everyFieldChanged());
            assertThat(read.codes()).extracting(PromoCode::code).startsWith("ZIMA-2026", "ВЕСНА_10", "ALL");
            assertThat(read.codes().get(1).audiences()).isEmpty();
        }

        @Test
        void theLastWriteWins() {
            store.put(SELLER, everyFieldChanged());
            PromoSettings later = PromoSettings.defaults().withCodes(List.of(PromoCode.of("LATER", null)));

            store.put(SELLER, later);

            assertThat(store.settings(SELLER)).isEqualTo(later);
        }

        @Test
        void aResetGivesTheDefaultsAgain() {
            store.put(SELLER, everyFieldChanged());

            store.reset(SELLER);

            assertThat(store.settings(SELLER)).isEqualTo(PromoSettings.defaults());
        }

        @Test
        void otherSellersStillGetTheirOwn() {
            PromoSettings other = PromoSettings.defaults().withCodes(List.of(PromoCode.of("OTHER", "5%")));
            store.put(OTHER_SELLER, other);

            store.put(SELLER, everyFieldChanged());
            store.reset(SELLER);

            assertThat(store.settings(OTHER_SELLER)).isEqualTo(other);
            assertThat(store.settings(SellerId.of(3))).isEqualTo(PromoSettings.defaults());
        }
    }
}
