package ru.agentiq.core.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as exact decimals with four places (the seed rounds every rate to 4 decimals). */
public final class Rates {

    /** Decimal places of every rate. */
    public static final int SCALE = 4;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Rates() {
    }

    /** {@code part / whole} rounded half-up to 4 places; 0 when {@code whole} is 0. */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return ZERO;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP);
    }
}
