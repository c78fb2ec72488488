package ru.agentiq.billing.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.IdempotencyConflictException;
import ru.agentiq.billing.ledger.LedgerRequest;
import ru.agentiq.billing.ledger.PostingResult;
import ru.agentiq.core.ValidationException;

/**
 * Buying credits: quote, start a payment, grant on confirmation. Thread-safe.
 *
 * <p>The grant is idempotent on the provider's payment reference, so a confirmation delivered twice (providers retry
 * webhooks) grants once and reports {@link TopUpStatus#ALREADY_PROCESSED} the second time. Top-up grants are system
 * writes: {@code initiatedBy} stays empty, and the administrator's 10 000 limit does not apply — the amount limits do.
 */
public final class TopUpService {

    /** The seed's smallest top-up, in {@link #DEFAULT_CURRENCY}. */
    public static final BigDecimal DEFAULT_MIN_AMOUNT = new BigDecimal("1.00");
    /** The seed's largest top-up, in {@link #DEFAULT_CURRENCY}. */
    public static final BigDecimal DEFAULT_MAX_AMOUNT = new BigDecimal("500.00");
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("USD");
    /** Price of one credit: the seed sells {@code 1 / 0.03} credits per dollar ($10 buys 333.33). */
    public static final BigDecimal DEFAULT_PRICE_PER_CREDIT = new BigDecimal("0.03");
    /** Decimal places of granted credits. */
    public static final int CREDITS_SCALE = 2;

    private final PaymentProvider provider;
    private final CreditLedger ledger;
    private final BigDecimal minAmount;
    private final BigDecimal maxAmount;
    private final Currency currency;
    private final BigDecimal pricePerCredit;

    private TopUpService(Builder builder) {
        this.provider = builder.provider;
        this.ledger = builder.ledger;
        this.minAmount = builder.minAmount;
        this.maxAmount = builder.maxAmount;
        this.currency = builder.currency;
        this.pricePerCredit = builder.pricePerCredit;
        if (minAmount.compareTo(maxAmount) > 0) {
            throw new ValidationException("minAmount must not exceed maxAmount, was " + minAmount.toPlainString()
                    + " > " + maxAmount.toPlainString());
        }
    }

    public static Builder builder(PaymentProvider provider, CreditLedger ledger) {
        return new Builder(provider, ledger);
    }

    /**
     * What {@code amount} buys: {@code amount / pricePerCredit} credits, rounded half-up to 2 decimal places.
     *
     * @throws ValidationException when the amount is outside the limits or more precise than the currency
     */
    public TopUpQuote quote(BigDecimal amount) {
        Args.required(amount, "amount");
        int digits = currency.getDefaultFractionDigits();
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new ValidationException("amount must have at most " + digits + " decimal places, was "
                    + amount.toPlainString());
        }
        if (amount.compareTo(minAmount) < 0 || amount.compareTo(maxAmount) > 0) {
            throw new ValidationException("amount must be between " + minAmount.toPlainString() + " and "
                    + maxAmount.toPlainString() + ", was " + amount.stripTrailingZeros().toPlainString());
        }
        BigDecimal money = amount.setScale(digits, RoundingMode.UNNECESSARY);
        Credits credits = Credits.of(money.divide(pricePerCredit, CREDITS_SCALE, RoundingMode.HALF_UP));
        return new TopUpQuote(money, currency, credits);
    }

    /**
     * Starts a top-up of {@code amount} for {@code account}.
     *
     * @param key makes starting safe to retry: the provider returns the same payment
     * @throws ValidationException when the amount is outside the limits
     * @throws PaymentProviderException when the provider fails
     */
    public TopUpStarted start(AccountId account, BigDecimal amount, IdempotencyKey key) {
        Args.required(account, "account");
        Args.required(key, "idempotencyKey");
        TopUpQuote quote = quote(amount);
        PaymentIntent intent = provider.createIntent(
                new PaymentIntentRequest(account, quote.amount(), quote.currency(), quote.credits(), key));
        return new TopUpStarted(quote, Args.required(intent, "intent"));
    }

    /**
     * Grants the credits of a succeeded payment, once.
     *
     * @throws IdempotencyConflictException when the same payment was confirmed before with different credits
     */
    public TopUpResult confirm(PaymentConfirmation confirmation) {
        Args.required(confirmation, "confirmation");
        String reference = confirmation.paymentReference();
        PostingResult posted = ledger.post(LedgerRequest.grant(confirmation.account(), confirmation.credits(),
                        IdempotencyKey.of(reference))
                .withReferenceId(reference)
                .withNote(provider.name() + "_topup"));
        return new TopUpResult(posted.replayed() ? TopUpStatus.ALREADY_PROCESSED : TopUpStatus.OK,
                posted.transaction());
    }

    /** Configures a {@link TopUpService}; every setting is checked when set. */
    public static final class Builder {
        private final PaymentProvider provider;
        private final CreditLedger ledger;
        private BigDecimal minAmount = DEFAULT_MIN_AMOUNT;
        private BigDecimal maxAmount = DEFAULT_MAX_AMOUNT;
        private Currency currency = DEFAULT_CURRENCY;
        private BigDecimal pricePerCredit = DEFAULT_PRICE_PER_CREDIT;

        private Builder(PaymentProvider provider, CreditLedger ledger) {
            this.provider = Args.required(provider, "provider");
            this.ledger = Args.required(ledger, "ledger");
        }

        /** Smallest top-up (default {@link #DEFAULT_MIN_AMOUNT}); positive. */
        public Builder minAmount(BigDecimal value) {
            this.minAmount = positive(value, "minAmount");
            return this;
        }

        /** Largest top-up (default {@link #DEFAULT_MAX_AMOUNT}); positive. */
        public Builder maxAmount(BigDecimal value) {
            this.maxAmount = positive(value, "maxAmount");
            return this;
        }

        /** Currency of amounts (default {@link #DEFAULT_CURRENCY}). */
        public Builder currency(Currency value) {
            this.currency = Args.required(value, "currency");
            return this;
        }

        /** Price of one credit in the currency (default {@link #DEFAULT_PRICE_PER_CREDIT}); positive. */
        public Builder pricePerCredit(BigDecimal value) {
            this.pricePerCredit = positive(value, "pricePerCredit");
            return this;
        }

        public TopUpService build() {
            return new TopUpService(this);
        }

        private static BigDecimal positive(BigDecimal value, String field) {
            Args.required(value, field);
            if (value.signum() <= 0) {
                throw new ValidationException(field + " must be greater than 0, was " + value.toPlainString());
            }
            return value;
        }
    }
}
