package ru.agentiq.billing.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.agentiq.billing.Credits;

/** The seed's pricing formula, exact in decimal arithmetic. */
public final class Pricing {

    /** Weight of a fresh (uncached) input token in OE tokens. */
    public static final BigDecimal FRESH_INPUT_WEIGHT = new BigDecimal("0.35");
    /** Weight of a cached input token in OE tokens. */
    public static final BigDecimal CACHED_INPUT_WEIGHT = new BigDecimal("0.10");
    /** OE tokens one credit buys at multiplier 1.0. */
    public static final BigDecimal OE_TOKENS_PER_CREDIT = BigDecimal.valueOf(10_000);
    /** Decimal places of OE tokens (the seed's {@code oe_tokens_computed Numeric(20,4)}). */
    public static final int OE_SCALE = 4;

    private Pricing() {
    }

    /** {@code fresh × 0.35 + cached × 0.10 + output}; negative counts count as zero, as in the seed. */
    public static BigDecimal oeTokens(long freshInput, long cachedInput, long output) {
        return FRESH_INPUT_WEIGHT.multiply(BigDecimal.valueOf(Math.max(0, freshInput)))
                .add(CACHED_INPUT_WEIGHT.multiply(BigDecimal.valueOf(Math.max(0, cachedInput))))
                .add(BigDecimal.valueOf(Math.max(0, output)))
                .setScale(OE_SCALE, RoundingMode.UNNECESSARY);
    }

    /** {@code oeTokens × multiplier / 10 000}, rounded half-up to {@value Credits#USAGE_SCALE} decimal places. */
    public static Credits credits(BigDecimal oeTokens, BigDecimal multiplier) {
        BigDecimal m = multiplier.signum() < 0 ? BigDecimal.ZERO : multiplier;
        return Credits.ofUsage(oeTokens.multiply(m).divide(OE_TOKENS_PER_CREDIT));
    }
}
