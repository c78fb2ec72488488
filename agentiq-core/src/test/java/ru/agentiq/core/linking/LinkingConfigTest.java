package ru.agentiq.core.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.agentiq.core.ValidationException;

class LinkingConfigTest {

    @Nested
    class Profiles {

        @Test
        void pilotedHoldsTheWeightsOfTheFirstImplementation() {
            assertThat(LinkingConfig.piloted().weights()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(LinkSignal.ORDER_ID_EXACT, 0.88),
                    Map.entry(LinkSignal.CUSTOMER_ID_EXACT, 0.68),
                    Map.entry(LinkSignal.NM_ID_EXACT, 0.34),
                    Map.entry(LinkSignal.PRODUCT_ARTICLE_EXACT, 0.28),
                    Map.entry(LinkSignal.TIME_WINDOW_24H, 0.16),
                    Map.entry(LinkSignal.TIME_WINDOW_7D, 0.10),
                    Map.entry(LinkSignal.TIME_WINDOW_30D, 0.05),
                    Map.entry(LinkSignal.NAME_MATCH, 0.12),
                    Map.entry(LinkSignal.NAME_PARTIAL_MATCH, 0.08),
                    Map.entry(LinkSignal.SEMANTIC_OVERLAP_HIGH, 0.10),
                    Map.entry(LinkSignal.SEMANTIC_OVERLAP_MEDIUM, 0.06)));
            assertThat(LinkingConfig.piloted().productWindow()).isEqualTo(Duration.ofDays(30));
        }

        @Test
        void planHoldsThePlansWeightsAndSevenDayProductWindow() {
            LinkingConfig plan = LinkingConfig.plan();

            assertThat(plan.weight(LinkSignal.NM_ID_EXACT)).isEqualTo(0.45);
            assertThat(plan.weight(LinkSignal.TIME_WINDOW_24H)).isEqualTo(0.20);
            assertThat(plan.weight(LinkSignal.SEMANTIC_OVERLAP_HIGH)).isEqualTo(0.20);
            assertThat(plan.weight(LinkSignal.NAME_MATCH)).isEqualTo(0.10);
            assertThat(plan.weight(LinkSignal.SEMANTIC_OVERLAP_MEDIUM)).isEqualTo(0.05);
            assertThat(plan.weight(LinkSignal.PRODUCT_ARTICLE_EXACT)).isZero();
            assertThat(plan.weight(LinkSignal.TIME_WINDOW_7D)).isZero();
            assertThat(plan.weight(LinkSignal.TIME_WINDOW_30D)).isZero();
            assertThat(plan.weight(LinkSignal.NAME_PARTIAL_MATCH)).isZero();
            assertThat(plan.weight(LinkSignal.ORDER_ID_EXACT)).isEqualTo(0.88);
            assertThat(plan.weight(LinkSignal.CUSTOMER_ID_EXACT)).isEqualTo(0.68);
            assertThat(plan.productWindow()).isEqualTo(Duration.ofDays(7));
        }

        @Test
        void bothShareTheThresholdsOfThePlanAndTheSeed() {
            for (LinkingConfig config : new LinkingConfig[] {LinkingConfig.piloted(), LinkingConfig.plan()}) {
                assertThat(config.deterministicFloor()).isEqualTo(0.90);
                assertThat(config.confidenceCap()).isEqualTo(0.99);
                assertThat(config.dropThreshold()).isEqualTo(0.55);
                assertThat(config.highBandThreshold()).isEqualTo(0.85);
                assertThat(config.hintBandThreshold()).isEqualTo(0.65);
                assertThat(config.autoActionThreshold()).isEqualTo(0.85);
                assertThat(config.semanticHighThreshold()).isEqualTo(0.45);
                assertThat(config.semanticMediumThreshold()).isEqualTo(0.25);
                assertThat(config.maxCandidates()).isEqualTo(5);
                assertThat(config.blockNeighbours()).isEqualTo(LinkingConfig.DEFAULT_BLOCK_NEIGHBOURS);
            }
        }

        @Test
        void defaultsIsThePilotedProfile() {
            assertThat(LinkingConfig.defaults()).isSameAs(LinkingConfig.piloted());
        }

        @Test
        void profilesAreFoundByNameIgnoringCase() {
            assertThat(LinkingConfig.profile(" Plan ")).isSameAs(LinkingConfig.plan());
            assertThat(LinkingConfig.profile("piloted")).isSameAs(LinkingConfig.piloted());
            assertThatThrownBy(() -> LinkingConfig.profile("fast")).isInstanceOf(ValidationException.class)
                    .hasMessage("profile must be one of piloted|plan, was 'fast'");
        }

        @Test
        void aDerivedConfigEqualsItsOriginalUntilChanged() {
            LinkingConfig copy = LinkingConfig.piloted().toBuilder().build();

            assertThat(copy).isEqualTo(LinkingConfig.piloted()).hasSameHashCodeAs(LinkingConfig.piloted());
            assertThat(copy.toBuilder().maxCandidates(3).build()).isNotEqualTo(LinkingConfig.piloted());
        }
    }

    @Nested
    class Bands {

        @ParameterizedTest
        @CsvSource({"0.99, HIGH", "0.85, HIGH", "0.849, OPERATOR_HINT", "0.65, OPERATOR_HINT",
                "0.649, ANALYTICS_ONLY", "0.55, ANALYTICS_ONLY", "0, ANALYTICS_ONLY"})
        void bandsFollowThePlansThresholds(double confidence, ConfidenceBand band) {
            assertThat(LinkingConfig.piloted().band(confidence)).isEqualTo(band);
        }
    }

    @Nested
    class Validation {

        @Test
        void rejectsWeightsOutsideZeroToOne() {
            assertThatThrownBy(() -> LinkingConfig.builder().weight(LinkSignal.NM_ID_EXACT, 1.01))
                    .isInstanceOf(ValidationException.class).hasMessage("weight of nm_id_exact must be 0..1, was 1.01");
            assertThatThrownBy(() -> LinkingConfig.builder().weight(LinkSignal.NM_ID_EXACT, -0.1))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> LinkingConfig.builder().weight(LinkSignal.NM_ID_EXACT, Double.NaN))
                    .isInstanceOf(ValidationException.class);
        }

        @Test
        void rejectsMoreThanThreeDecimals() {
            assertThat(LinkingConfig.builder().weight(LinkSignal.NM_ID_EXACT, 0.345).build()
                    .weight(LinkSignal.NM_ID_EXACT)).isEqualTo(0.345);
            assertThatThrownBy(() -> LinkingConfig.builder().dropThreshold(0.5555))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("dropThreshold must have at most three decimals, was 0.5555");
        }

        @Test
        void rejectsContradictoryThresholds() {
            assertThatThrownBy(() -> LinkingConfig.builder().deterministicFloor(0.95).confidenceCap(0.9).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("deterministicFloor");
            assertThatThrownBy(() -> LinkingConfig.builder().hintBandThreshold(0.9).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("hintBandThreshold");
            assertThatThrownBy(() -> LinkingConfig.builder().semanticMediumThreshold(0.5).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("semanticMediumThreshold");
            assertThatThrownBy(() -> LinkingConfig.builder().semanticMediumThreshold(0).build())
                    .isInstanceOf(ValidationException.class).hasMessageContaining("above 0");
        }

        @Test
        void rejectsLimitsOutsideTheirRanges() {
            assertThatThrownBy(() -> LinkingConfig.builder().maxCandidates(0)).isInstanceOf(ValidationException.class)
                    .hasMessage("maxCandidates must be 1..50, was 0");
            assertThatThrownBy(() -> LinkingConfig.builder().maxCandidates(51))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> LinkingConfig.builder().blockNeighbours(0))
                    .isInstanceOf(ValidationException.class).hasMessage("blockNeighbours must be 1..10000, was 0");
            assertThatThrownBy(() -> LinkingConfig.builder().productWindow(Duration.ofSeconds(59)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("productWindow");
            assertThatThrownBy(() -> LinkingConfig.builder().productWindow(Duration.ofDays(366)))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> LinkingConfig.builder().productWindow(null))
                    .isInstanceOf(ValidationException.class).hasMessage("productWindow is required");
        }
    }
}
