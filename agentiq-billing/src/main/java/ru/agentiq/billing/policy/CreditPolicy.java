package ru.agentiq.billing.policy;

import java.util.concurrent.atomic.AtomicReference;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.ledger.InsufficientCreditsException;
import ru.agentiq.billing.ledger.Wallet;
import ru.agentiq.core.ValidationException;

/**
 * Decides whether a metered call may start and whether a balance is low. Thread-safe; the runtime override is shared
 * by every caller of this instance (per process, as in the seed system).
 *
 * <p>Enforcement is <b>off by default</b>: a depleted wallet is allowed to make the call and the result says
 * {@code low_balance = true} (warn-only). Turned on — by configuration or at runtime with
 * {@link #overrideEnforcement(boolean)} — a wallet with nothing available refuses with
 * {@link InsufficientCreditsException} ("Insufficient credits. Please top up your account."). Switching it on per
 * environment and back is a configuration or override change, no code change: the rollout and rollback procedure the
 * Week-12 gate asks for.
 */
public final class CreditPolicy {

    /** Warn-only unless configured otherwise (the seed's {@code CREDIT_ENFORCEMENT_ENABLED=false}). */
    public static final boolean DEFAULT_ENFORCEMENT_ENABLED = false;
    /** A balance below this is reported as low (the seed's {@code LOW_BALANCE_THRESHOLD}). */
    public static final Credits DEFAULT_LOW_BALANCE_THRESHOLD = Credits.of(5);

    private final boolean configuredEnforcement;
    private final Credits lowBalanceThreshold;
    private final AtomicReference<Boolean> override = new AtomicReference<>();

    private CreditPolicy(Builder builder) {
        this.configuredEnforcement = builder.enforcementEnabled;
        this.lowBalanceThreshold = builder.lowBalanceThreshold;
    }

    /** Enforcement off, low balance below {@link #DEFAULT_LOW_BALANCE_THRESHOLD}. */
    public static CreditPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The effective switch and where it comes from. */
    public Enforcement enforcement() {
        Boolean overridden = override.get();
        return overridden == null
                ? new Enforcement(configuredEnforcement, EnforcementSource.CONFIG)
                : new Enforcement(overridden, EnforcementSource.OVERRIDE);
    }

    /** Whether a depleted wallet refuses metered calls right now. */
    public boolean isEnforced() {
        return enforcement().enabled();
    }

    /** Overrides the configured switch until {@link #clearOverride()}; returns the new effective switch. */
    public Enforcement overrideEnforcement(boolean enabled) {
        override.set(enabled);
        return enforcement();
    }

    /** Returns to the configured switch; returns the new effective switch. */
    public Enforcement clearOverride() {
        override.set(null);
        return enforcement();
    }

    public Credits lowBalanceThreshold() {
        return lowBalanceThreshold;
    }

    /**
     * The preflight check before a metered call: refuses when enforcement is on and the wallet has nothing available
     * (balance minus holds at or below zero).
     *
     * @throws InsufficientCreditsException when refused
     */
    public void checkCanStart(Wallet wallet) {
        Args.required(wallet, "wallet");
        checkCanStart(wallet.account(), wallet.available());
    }

    /** The preflight check for an account with {@code available} credits; see {@link #checkCanStart(Wallet)}. */
    public void checkCanStart(AccountId account, Credits available) {
        Args.required(account, "account");
        Args.required(available, "available");
        if (!available.isPositive() && isEnforced()) {
            throw new InsufficientCreditsException(account, available, null);
        }
    }

    /** Whether {@code balance} is below the low-balance threshold. */
    public boolean isLowBalance(Credits balance) {
        return Args.required(balance, "balance").isLessThan(lowBalanceThreshold);
    }

    /** {@code balanceAfter} with its low-balance flag. */
    public BalanceStatus status(Credits balanceAfter) {
        return new BalanceStatus(balanceAfter, isLowBalance(balanceAfter));
    }

    /** Configures a {@link CreditPolicy}; every setting is checked when set. */
    public static final class Builder {
        private boolean enforcementEnabled = DEFAULT_ENFORCEMENT_ENABLED;
        private Credits lowBalanceThreshold = DEFAULT_LOW_BALANCE_THRESHOLD;

        private Builder() {
        }

        /** The configured switch (default off, {@link #DEFAULT_ENFORCEMENT_ENABLED}). */
        public Builder enforcementEnabled(boolean value) {
            this.enforcementEnabled = value;
            return this;
        }

        /** Balance below which a wallet is low (default {@link #DEFAULT_LOW_BALANCE_THRESHOLD}); zero or more. */
        public Builder lowBalanceThreshold(Credits value) {
            Args.required(value, "lowBalanceThreshold");
            if (value.isNegative()) {
                throw new ValidationException("lowBalanceThreshold must not be negative, was " + value);
            }
            this.lowBalanceThreshold = value;
            return this;
        }

        public CreditPolicy build() {
            return new CreditPolicy(this);
        }
    }
}
