package ru.agentiq.billing.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.ledger.InsufficientCreditsException;
import ru.agentiq.core.ValidationException;

class CreditPolicyTest {

    private static final AccountId SELLER = AccountId.of("seller-1");

    @Nested
    class Defaults {
        @Test
        void enforcementIsOffAndComesFromConfiguration() {
            CreditPolicy policy = CreditPolicy.defaults();
            assertThat(policy.enforcement()).isEqualTo(new Enforcement(false, EnforcementSource.CONFIG));
            assertThat(CreditPolicy.DEFAULT_ENFORCEMENT_ENABLED).isFalse();
        }

        @Test
        void lowBalanceThresholdIsFive() {
            assertThat(CreditPolicy.defaults().lowBalanceThreshold()).isEqualTo(Credits.of(5));
        }
    }

    @Nested
    class Enforced {
        private final CreditPolicy policy = CreditPolicy.builder().enforcementEnabled(true).build();

        @Test
        void refusesAWalletWithNothingAvailableWithTheSeedMessage() {
            assertThatThrownBy(() -> policy.checkCanStart(SELLER, Credits.ZERO))
                    .isInstanceOfSatisfying(InsufficientCreditsException.class, e -> {
                        assertThat(e.account()).isEqualTo(SELLER);
                        assertThat(e.available()).isEqualTo(Credits.ZERO);
                        assertThat(e.required()).isEmpty();
                    })
                    .hasMessage("Insufficient credits. Please top up your account.");
            assertThatThrownBy(() -> policy.checkCanStart(SELLER, Credits.of("-0.5")))
                    .isInstanceOf(InsufficientCreditsException.class);
        }

        @Test
        void allowsAnyPositiveBalance() {
            assertThatCode(() -> policy.checkCanStart(SELLER, Credits.of("0.00000001"))).doesNotThrowAnyException();
        }
    }

    @Nested
    class NotEnforced {
        @Test
        void allowsADepletedWalletAndFlagsItLow() {
            CreditPolicy policy = CreditPolicy.defaults();
            assertThatCode(() -> policy.checkCanStart(SELLER, Credits.of(-3))).doesNotThrowAnyException();
            assertThat(policy.status(Credits.of(-3))).isEqualTo(new BalanceStatus(Credits.of(-3), true));
        }
    }

    @Nested
    class RuntimeOverride {
        @Test
        void anOverrideWinsUntilClearedAndReportsItsSource() {
            CreditPolicy policy = CreditPolicy.defaults();
            assertThat(policy.overrideEnforcement(true)).isEqualTo(new Enforcement(true, EnforcementSource.OVERRIDE));
            assertThat(policy.isEnforced()).isTrue();
            assertThatThrownBy(() -> policy.checkCanStart(SELLER, Credits.ZERO))
                    .isInstanceOf(InsufficientCreditsException.class);
            assertThat(policy.clearOverride()).isEqualTo(new Enforcement(false, EnforcementSource.CONFIG));
            assertThatCode(() -> policy.checkCanStart(SELLER, Credits.ZERO)).doesNotThrowAnyException();
        }

        @Test
        void anOverrideCanAlsoTurnConfiguredEnforcementOff() {
            CreditPolicy policy = CreditPolicy.builder().enforcementEnabled(true).build();
            assertThat(policy.overrideEnforcement(false)).isEqualTo(new Enforcement(false, EnforcementSource.OVERRIDE));
            assertThatCode(() -> policy.checkCanStart(SELLER, Credits.ZERO)).doesNotThrowAnyException();
        }
    }

    @Nested
    class LowBalance {
        private final CreditPolicy policy = CreditPolicy.defaults();

        @Test
        void belowTheThresholdIsLowAndTheThresholdItselfIsNot() {
            assertThat(policy.isLowBalance(Credits.of("4.99999999"))).isTrue();
            assertThat(policy.isLowBalance(Credits.of(5))).isFalse();
        }

        @Test
        void theThresholdIsConfigurableButNotNegative() {
            assertThat(CreditPolicy.builder().lowBalanceThreshold(Credits.of(1)).build().isLowBalance(Credits.of(2)))
                    .isFalse();
            assertThatThrownBy(() -> CreditPolicy.builder().lowBalanceThreshold(Credits.of(-1)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("lowBalanceThreshold must not be negative, was -1");
        }
    }
}
