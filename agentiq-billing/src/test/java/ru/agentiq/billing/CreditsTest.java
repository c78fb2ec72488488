package ru.agentiq.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;

class CreditsTest {

    @Nested
    class Rendering {
        @Test
        void rendersWithoutTrailingZeros() {
            assertThat(Credits.of("5.2500")).hasToString("5.25");
            assertThat(Credits.of("100")).hasToString("100");
            assertThat(Credits.of("-1.50000000")).hasToString("-1.5");
        }

        @Test
        void rendersZeroAsPlainZero() {
            assertThat(Credits.of("0.0000")).hasToString("0");
            assertThat(Credits.ZERO).hasToString("0");
        }

        @Test
        void neverUsesScientificNotation() {
            assertThat(Credits.of("0.00000001")).hasToString("0.00000001");
            assertThat(Credits.of(new BigDecimal("1E+3"))).hasToString("1000");
        }
    }

    @Nested
    class Precision {
        @Test
        void keepsEightDecimalPlacesExactly() {
            Credits tiny = Credits.of("0.00000001");
            assertThat(tiny.plus(tiny).plus(tiny)).isEqualTo(Credits.of("0.00000003"));
        }

        @Test
        void equalityIgnoresTheScaleItWasWrittenWith() {
            assertThat(Credits.of("5.25")).isEqualTo(Credits.of("5.25000000")).isEqualTo(Credits.of(new BigDecimal("5.250")));
            assertThat(Credits.of("5.25").value().scale()).isEqualTo(Credits.LEDGER_SCALE);
        }

        @Test
        void rejectsMoreThanEightDecimalPlacesInsteadOfRounding() {
            assertThatThrownBy(() -> Credits.of("0.000000001"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("credits must have at most 8 decimal places, was 0.000000001");
        }

        @Test
        void acceptsTrailingZerosBeyondEightPlaces() {
            assertThat(Credits.of("1.0000000000")).isEqualTo(Credits.of(1));
        }

        @Test
        void rejectsMagnitudesBeyondEighteenDigits() {
            assertThatThrownBy(() -> Credits.of("10000000000"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("less than 10000000000");
            assertThat(Credits.of("9999999999.99999999")).hasToString("9999999999.99999999");
        }

        @Test
        void usageAmountsRoundHalfUpToFourPlaces() {
            assertThat(Credits.ofUsage(new BigDecimal("0.00005"))).isEqualTo(Credits.of("0.0001"));
            assertThat(Credits.ofUsage(new BigDecimal("0.00004999"))).isEqualTo(Credits.ZERO);
            assertThat(Credits.of("0.0001").fitsUsageScale()).isTrue();
            assertThat(Credits.of("0.00015").fitsUsageScale()).isFalse();
        }
    }

    @Nested
    class Parsing {
        @Test
        void namesTheFieldWhenTextIsNotANumber() {
            assertThatThrownBy(() -> Credits.parse("ten", "amount"))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("amount must be a decimal number, was 'ten'");
        }

        @Test
        void namesTheFieldWhenTooPrecise() {
            assertThatThrownBy(() -> Credits.parse("1.123456789", "amount"))
                    .hasMessage("amount must have at most 8 decimal places, was 1.123456789");
        }

        @Test
        void requiresAValue() {
            assertThatThrownBy(() -> Credits.parse(" ", "amount")).hasMessage("amount is required");
        }
    }

    @Nested
    class Arithmetic {
        @Test
        void comparesAndCombines() {
            Credits five = Credits.of(5);
            Credits two = Credits.of("2.5");
            assertThat(five.minus(two)).isEqualTo(Credits.of("2.5"));
            assertThat(two.minus(five).abs()).isEqualTo(Credits.of("2.5"));
            assertThat(two.negate().isNegative()).isTrue();
            assertThat(five.min(two)).isEqualTo(two);
            assertThat(five.max(two)).isEqualTo(five);
            assertThat(two.isLessThan(five)).isTrue();
            assertThat(five.isGreaterThan(two)).isTrue();
            assertThat(Credits.ZERO.isZero()).isTrue();
        }
    }

    @Nested
    class Ids {
        @Test
        void accountIdsAreTrimmedAndBounded() {
            assertThat(AccountId.of("  seller-1 ")).isEqualTo(AccountId.of("seller-1"));
            assertThatThrownBy(() -> AccountId.of("x".repeat(65)))
                    .hasMessage("accountId must be at most 64 characters, was 65");
            assertThatThrownBy(() -> AccountId.of(" ")).hasMessage("accountId is required and must not be blank");
        }

        @Test
        void aSellersAccountIsItsDecimalId() {
            assertThat(AccountId.of(ru.agentiq.core.interaction.SellerId.of(42))).isEqualTo(AccountId.of("42"));
        }

        @Test
        void randomIdempotencyKeysDiffer() {
            assertThat(IdempotencyKey.random()).isNotEqualTo(IdempotencyKey.random());
        }
    }
}
