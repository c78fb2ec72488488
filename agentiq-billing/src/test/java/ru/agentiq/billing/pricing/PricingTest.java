package ru.agentiq.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.TestClock;
import ru.agentiq.billing.memory.InMemoryPricingStore;
import ru.agentiq.core.NotFoundException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.draft.LlmUsage;

class PricingTest {

    @Nested
    class Formula {
        @Test
        void weighsFreshInputCachedInputAndOutput() {
            assertThat(Pricing.oeTokens(1000, 1000, 100)).isEqualByComparingTo("550");
            assertThat(Pricing.oeTokens(1, 1, 0)).isEqualByComparingTo("0.45");
            assertThat(Pricing.oeTokens(1, 1, 0).scale()).isEqualTo(4);
        }

        @Test
        void negativeCountsCountAsZero() {
            assertThat(Pricing.oeTokens(-5, -5, -5)).isEqualByComparingTo("0");
        }

        @Test
        void oneCreditBuysTenThousandOeTokensAtMultiplierOne() {
            assertThat(Pricing.credits(new BigDecimal("10000"), BigDecimal.ONE)).isEqualTo(Credits.of(1));
        }

        @Test
        void creditsRoundHalfUpToFourPlaces() {
            assertThat(Pricing.credits(new BigDecimal("0.5"), BigDecimal.ONE)).isEqualTo(Credits.of("0.0001"));
            assertThat(Pricing.credits(new BigDecimal("0.4999"), BigDecimal.ONE)).isEqualTo(Credits.ZERO);
        }

        @Test
        void aNegativeMultiplierCostsNothing() {
            assertThat(Pricing.credits(new BigDecimal("1000"), new BigDecimal("-1"))).isEqualTo(Credits.ZERO);
        }
    }

    @Nested
    class Tables {
        @ParameterizedTest
        @CsvSource({"deepseek,0.5", "gemini-flash,0.8", "gemini-pro,1.2", "gpt-4o-mini,1.0", "gpt-4o,2.0",
                "claude-haiku,0.8", "claude-sonnet,1.5", "llama-unknown,1.0", "DeepSeek,0.5"})
        void theInitialTableHasTheSeedMultipliersAndOneForUnknownModels(String alias, String multiplier) {
            assertThat(PricingTable.INITIAL.multiplier(alias)).isEqualByComparingTo(multiplier);
        }

        @Test
        void theInitialTableIsTheSeedsVersion() {
            assertThat(PricingTable.INITIAL.version()).isEqualTo("2026-02-20");
            assertThat(PricingTable.INITIAL.label()).isEqualTo("Initial pricing");
            assertThat(PricingTable.INITIAL.multipliers()).hasSize(7);
        }

        @Test
        void rejectsMultipliersOutsideZeroToAHundred() {
            assertThatThrownBy(() -> new PricingTable("v", null, LocalDate.EPOCH, Map.of("m", BigDecimal.ZERO)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("multiplier must be greater than 0 and at most 100, was 0");
            assertThatThrownBy(() -> PricingTable.checkMultiplier(new BigDecimal("100.01")))
                    .hasMessage("multiplier must be greater than 0 and at most 100, was 100.01");
            assertThat(PricingTable.checkMultiplier(new BigDecimal("100"))).isEqualByComparingTo("100");
        }

        @Test
        void rejectsTheSameAliasTwiceInAnyCase() {
            assertThatThrownBy(() -> new PricingTable("v", null, LocalDate.EPOCH,
                    Map.of("gpt-4o", BigDecimal.ONE, "GPT-4o", BigDecimal.TEN)))
                    .hasMessageContaining("listed twice");
        }
    }

    @Nested
    class Service {
        private final TestClock clock = new TestClock("2026-03-02T10:00:00Z");
        private final PricingService pricing = new PricingService(new InMemoryPricingStore(), clock);

        @Test
        void pricesAReportedCallWithTheActiveTable() {
            LlmUsage usage = LlmUsage.builder("deepseek", "deepseek").inputTokens(2000, 1000)
                    .outputTokens(300).build();
            PricedUsage priced = pricing.price(usage);
            assertThat(priced.oeTokens()).isEqualByComparingTo("1100");
            assertThat(priced.multiplier()).isEqualByComparingTo("0.5");
            assertThat(priced.credits()).isEqualTo(Credits.of("0.055"));
            assertThat(priced.pricingVersion()).isEqualTo("2026-02-20");
        }

        @Test
        void anAdministratorChangesAMultiplierAndTheNextPriceUsesIt() {
            pricing.updateMultiplier("2026-02-20", "gpt-4o", new BigDecimal("3"));
            assertThat(pricing.price("gpt-4o", 0, 0, 10_000).credits()).isEqualTo(Credits.of(3));
            assertThat(pricing.active().multiplier("gpt-4o")).isEqualByComparingTo("3");
        }

        @Test
        void changingAnUnlistedAliasOrVersionIsNotFoundWithTheSeedMessage() {
            assertThatThrownBy(() -> pricing.updateMultiplier("2026-02-20", "llama", BigDecimal.ONE))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("Model alias not found for pricing version.");
            assertThatThrownBy(() -> pricing.updateMultiplier("1999-01-01", "gpt-4o", BigDecimal.ONE))
                    .isInstanceOfSatisfying(ModelAliasNotFoundException.class,
                            e -> assertThat(e.version()).isEqualTo("1999-01-01"));
        }

        @Test
        void aChangeIsValidatedBeforeAnythingIsStored() {
            assertThatThrownBy(() -> pricing.updateMultiplier("2026-02-20", "gpt-4o", new BigDecimal("101")))
                    .isInstanceOf(ValidationException.class);
            assertThat(pricing.active().multiplier("gpt-4o")).isEqualByComparingTo("2.0");
        }

        @Test
        void theNewestVersionInEffectIsActiveAndFutureOnesWait() {
            PricingTable next = new PricingTable("2026-04-01", "spring", LocalDate.of(2026, 4, 1),
                    Map.of("deepseek", new BigDecimal("0.6")));
            pricing.publish(next);
            assertThat(pricing.active().version()).isEqualTo("2026-02-20");
            clock.advance(Duration.ofDays(30));
            assertThat(pricing.active().version()).isEqualTo("2026-04-01");
            assertThat(pricing.price("deepseek", 0, 0, 10_000).credits()).isEqualTo(Credits.of("0.6"));
            assertThat(pricing.tables()).extracting(PricingTable::version).containsExactly("2026-02-20", "2026-04-01");
        }

        @Test
        void aVersionIsPublishedOnce() {
            assertThatThrownBy(() -> pricing.publish(PricingTable.INITIAL))
                    .hasMessage("pricing version 2026-02-20 already exists");
        }

        @Test
        void anEmptyStorePricesWithTheInitialTable() {
            PricingService empty = new PricingService(new InMemoryPricingStore(java.util.List.of()), clock);
            assertThat(empty.active()).isEqualTo(PricingTable.INITIAL);
        }
    }
}
