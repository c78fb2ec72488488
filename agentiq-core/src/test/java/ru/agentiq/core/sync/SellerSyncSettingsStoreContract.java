package ru.agentiq.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;

/**
 * Conformance kit for {@link SellerSyncSettingsStore}: every implementation (in memory, JDBC on H2 and PostgreSQL,
 * your own) extends it.
 */
public abstract class SellerSyncSettingsStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);

    protected SellerSyncSettingsStore store;

    /** A new, empty store. */
    protected abstract SellerSyncSettingsStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Nested
    class ASellerThatSetNothing {

        @Test
        void hasNoWindowOfItsOwn() {
            assertThat(store.replyPendingWindowMinutes(SELLER)).isEmpty();
        }

        @Test
        void isUnaffectedByAReset() {
            store.reset(SELLER);

            assertThat(store.replyPendingWindowMinutes(SELLER)).isEmpty();
        }
    }

    @Nested
    class AfterASet {

        @Test
        void readsTheWindowBack() {
            store.setReplyPendingWindowMinutes(SELLER, 1440);

            assertThat(store.replyPendingWindowMinutes(SELLER)).hasValue(1440);
        }

        @Test
        void theLastWriteWins() {
            store.setReplyPendingWindowMinutes(SELLER, 30);
            store.setReplyPendingWindowMinutes(SELLER, 95);

            assertThat(store.replyPendingWindowMinutes(SELLER)).hasValue(95);
        }

        @Test
        void aResetForgetsIt() {
            store.setReplyPendingWindowMinutes(SELLER, 95);

            store.reset(SELLER);

            assertThat(store.replyPendingWindowMinutes(SELLER)).isEmpty();
        }

        @Test
        void otherSellersStillGetTheirOwn() {
            store.setReplyPendingWindowMinutes(OTHER_SELLER, 60);

            store.setReplyPendingWindowMinutes(SELLER, 120);
            store.reset(SELLER);

            assertThat(store.replyPendingWindowMinutes(OTHER_SELLER)).hasValue(60);
            assertThat(store.replyPendingWindowMinutes(SellerId.of(3))).isEmpty();
        }

        @Test
        void rejectsAWindowOutsideThirtyToFourteenFortyAndKeepsTheOldOne() {
            store.setReplyPendingWindowMinutes(SELLER, 60);

            assertThatThrownBy(() -> store.setReplyPendingWindowMinutes(SELLER, 29))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> store.setReplyPendingWindowMinutes(SELLER, 1441))
                    .isInstanceOf(ValidationException.class);

            assertThat(store.replyPendingWindowMinutes(SELLER)).hasValue(60);
        }
    }
}
