package ru.agentiq.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.interaction.Interactions.SELLER;
import static ru.agentiq.core.interaction.Interactions.T0;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.InteractionSource;

class MetricFactTest {

    static MetricFact of(String value) {
        return new MetricFact(SELLER, "m", LocalDate.parse("2026-11-01"), null, InteractionSource.WB_API,
                new BigDecimal(value), T0);
    }

    @Test
    void equalNumbersOfDifferentScaleAreTheSameFact() {
        assertThat(of("5.000")).isEqualTo(of("5"));
        assertThat(of("100").value().toPlainString()).isEqualTo("100");
        assertThat(of("0.8750").value().toPlainString()).isEqualTo("0.875");
    }

    @Test
    void rejectsMoreThanSixDecimalPlacesOrEighteenIntegerDigits() {
        assertThatThrownBy(() -> of("0.0000001")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 6 decimal places");
        assertThatThrownBy(() -> of("1234567890123456789")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("at most 18 integer digits");
    }

    @Test
    void rejectsAMetricNameOutsideLowerCaseLettersDigitsUnderscoreAndDot() {
        assertThatThrownBy(() -> new MetricFact(SELLER, "Bad Name", LocalDate.parse("2026-11-01"), null,
                InteractionSource.WB_API, BigDecimal.ONE, T0)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("metric must be lower-case");
    }
}
