package ru.agentiq.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ru.agentiq.core.ValidationException;

/**
 * An amount of credits, exact: a {@link BigDecimal} held at the ledger's scale of {@value #LEDGER_SCALE} decimal
 * places (the seed's {@code Numeric(18,8)}), never a {@code double}. Signed: debits are negative on the ledger.
 *
 * <p>Construction never rounds. A value with more than {@value #LEDGER_SCALE} decimal places, or whose magnitude does
 * not fit 18 digits, is rejected, so nothing is lost silently. Usage metering works at {@value #USAGE_SCALE} places
 * ({@link #ofUsage(BigDecimal)} rounds half-up there, as the seed's {@code Numeric(20,4)} column does).
 *
 * <p>{@link #toString()} renders the value the way the seed's API does: plain notation without trailing zeros
 * ({@code "5.25"}, {@code "0"}, {@code "-1.5"}).
 */
public record Credits(BigDecimal value) implements Comparable<Credits> {

    /** Decimal places kept by the ledger (wallet balances and transaction amounts). */
    public static final int LEDGER_SCALE = 8;
    /** Decimal places of metered usage ({@code credits_burned}). */
    public static final int USAGE_SCALE = 4;
    /** Exclusive bound on the magnitude: 18 digits with 8 after the point leave 10 before it. */
    public static final BigDecimal LIMIT = BigDecimal.TEN.pow(10);
    private static final BigDecimal NEGATIVE_LIMIT = LIMIT.negate();

    public static final Credits ZERO = new Credits(BigDecimal.ZERO);

    public Credits {
        value = checked(value, "credits");
    }

    public static Credits of(BigDecimal value) {
        return new Credits(value);
    }

    /**
     * Credits for a value supplied as {@code field} (an amount, a threshold): the error names that field.
     *
     * @throws ValidationException when {@code value} is absent, too precise or too large
     */
    public static Credits of(BigDecimal value, String field) {
        return new Credits(checked(value, field));
    }

    public static Credits of(long value) {
        return new Credits(BigDecimal.valueOf(value));
    }

    /** Parses a decimal such as {@code "5.25"}; see {@link #parse(String, String)}. */
    public static Credits of(String value) {
        return parse(value, "credits");
    }

    /**
     * Parses a decimal typed by a person or read from JSON.
     *
     * @throws ValidationException naming {@code field} when the text is not a plain decimal number or breaks the
     *                             precision rules
     */
    public static Credits parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(field + " is required");
        }
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(field + " must be a decimal number, was '" + text.strip() + "'");
        }
        return of(parsed, field);
    }

    /** Credits of metered usage: {@code value} rounded half-up to {@value #USAGE_SCALE} decimal places. */
    public static Credits ofUsage(BigDecimal value) {
        if (value == null) {
            throw new ValidationException("credits is required");
        }
        return new Credits(value.setScale(USAGE_SCALE, RoundingMode.HALF_UP));
    }

    public Credits plus(Credits other) {
        return new Credits(value.add(other.value));
    }

    public Credits minus(Credits other) {
        return new Credits(value.subtract(other.value));
    }

    public Credits negate() {
        return new Credits(value.negate());
    }

    public Credits abs() {
        return value.signum() < 0 ? negate() : this;
    }

    public int signum() {
        return value.signum();
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isGreaterThan(Credits other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Credits other) {
        return compareTo(other) < 0;
    }

    public Credits min(Credits other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Credits max(Credits other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** Whether this amount has no digits beyond {@value #USAGE_SCALE} decimal places. */
    public boolean fitsUsageScale() {
        return value.stripTrailingZeros().scale() <= USAGE_SCALE;
    }

    @Override
    public int compareTo(Credits other) {
        return value.compareTo(other.value);
    }

    /** Plain notation without trailing zeros: {@code "5.25"}, {@code "0"}, {@code "-0.0001"}. */
    @Override
    public String toString() {
        return plain(value);
    }

    /** Renders any decimal the way {@link #toString()} does. */
    public static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static BigDecimal checked(BigDecimal value, String field) {
        if (value == null) {
            throw new ValidationException(field + " is required");
        }
        // the common case (already at or below ledger scale) skips the allocation of stripTrailingZeros
        if (value.scale() > LEDGER_SCALE && value.stripTrailingZeros().scale() > LEDGER_SCALE) {
            throw new ValidationException(field + " must have at most " + LEDGER_SCALE + " decimal places, was "
                    + value.toPlainString());
        }
        if (value.compareTo(LIMIT) >= 0 || value.compareTo(NEGATIVE_LIMIT) <= 0) {
            throw new ValidationException(field + " must be less than " + LIMIT.toPlainString()
                    + " in magnitude, was " + plain(value));
        }
        return value.scale() == LEDGER_SCALE ? value : value.setScale(LEDGER_SCALE, RoundingMode.UNNECESSARY);
    }
}
