package ru.agentiq.billing.metering;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.ledger.CaptureResult;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.CreditTransaction;
import ru.agentiq.billing.ledger.Hold;
import ru.agentiq.billing.ledger.HoldRequest;
import ru.agentiq.billing.ledger.InsufficientCreditsException;
import ru.agentiq.billing.ledger.LedgerRequest;
import ru.agentiq.billing.ledger.UnitOfWork;
import ru.agentiq.billing.ledger.Wallet;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.billing.pricing.PricedUsage;
import ru.agentiq.billing.pricing.PricingService;
import ru.agentiq.billing.usage.LlmCall;
import ru.agentiq.billing.usage.LlmCallEvent;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftRequest;
import ru.agentiq.core.draft.DraftResult;
import ru.agentiq.core.draft.LlmUsage;

/**
 * A {@link DraftGenerator} that pays for its drafts: it wraps another generator and meters every model call against
 * the wallet of the requesting account. Thread-safe.
 *
 * <p>One draft, in {@link MeteringMode#POST_PAID} (the default, the seed's behaviour):
 * <ol>
 *   <li><b>Preflight</b> — refuses with {@link InsufficientCreditsException} when the {@link CreditPolicy} enforces
 *       credits and the wallet has nothing available; refuses with {@link AlreadyMeteredException} when the request
 *       id was metered before. Nothing is called.</li>
 *   <li><b>Call</b> the wrapped generator, outside any unit of work (no wallet stays locked during a model call).</li>
 *   <li><b>One unit of work</b>: the debit (keyed by the request id, so it happens once), the usage event (status,
 *       latency, {@code used_fallback}), and the {@link MeteringListener}'s rows — all or nothing.</li>
 * </ol>
 * The result carries {@code balanceAfter} and {@code lowBalance}. A call that costs nothing (no tokens) is recorded
 * without a debit; a draft made without a model call (a template, a cache hit) is neither recorded nor charged. When
 * the wrapped generator throws, nothing is recorded and the exception propagates.
 *
 * <p>In {@link MeteringMode#RESERVE} the preflight holds the {@link ReservationEstimator}'s estimate instead, the unit
 * of work captures the actual cost, and a failed call releases the hold.
 */
public final class MeteredDraftGenerator implements DraftGenerator {

    private final DraftGenerator delegate;
    private final CreditLedger ledger;
    private final UsageEventStore usage;
    private final PricingService pricing;
    private final CreditPolicy policy;
    private final MeteringMode mode;
    private final ReservationEstimator estimator;
    private final Function<DraftRequest, AccountId> accounts;
    private final MeteringListener listener;

    private MeteredDraftGenerator(Builder builder) {
        this.delegate = builder.delegate;
        this.ledger = builder.ledger;
        this.usage = builder.usage;
        this.pricing = builder.pricing;
        this.policy = builder.policy;
        this.mode = builder.mode;
        this.estimator = builder.estimator != null ? builder.estimator
                : ReservationEstimator.upperBound(builder.pricing);
        this.accounts = builder.accounts;
        this.listener = builder.listener;
    }

    /**
     * Starts a configuration.
     *
     * @param delegate the generator that calls the model
     * @param ledger   the wallets to charge
     * @param usage    where usage events go
     * @param pricing  prices of the models
     */
    public static Builder builder(DraftGenerator delegate, CreditLedger ledger, UsageEventStore usage,
            PricingService pricing) {
        return new Builder(delegate, ledger, usage, pricing);
    }

    /** Generates and meters a draft, returning only the draft; see {@link #generateMetered(DraftRequest)}. */
    @Override
    public DraftResult generate(DraftRequest request) {
        return generateMetered(request).draft();
    }

    /**
     * Generates a draft and charges it (see the class comment).
     *
     * @throws InsufficientCreditsException when the wallet cannot start the call (nothing was called)
     * @throws AlreadyMeteredException when the request id was metered before (nothing was called)
     */
    public MeteredDraft generateMetered(DraftRequest request) {
        Args.required(request, "request");
        AccountId account = Args.required(accounts.apply(request), "account");
        refuseIfMetered(account, request.requestId());
        return mode == MeteringMode.RESERVE ? reserved(account, request) : postPaid(account, request);
    }

    private MeteredDraft postPaid(AccountId account, DraftRequest request) {
        policy.checkCanStart(ledger.wallet(account));
        DraftResult draft = delegate.generate(request);
        return ledger.inUnitOfWork(unit -> {
            Instant now = ledger.clock().instant();
            Wallet wallet = unit.lockWallet(account, now);
            refuseIfMetered(account, request.requestId());
            LlmUsage reported = draft.usage();
            if (reported == null) {
                return finish(unit, new MeteredDraft(draft, account, null, null, Credits.ZERO, Credits.ZERO,
                        wallet.balance(), policy.isLowBalance(wallet.balance())));
            }
            PricedUsage priced = pricing.price(reported);
            CreditTransaction debit = null;
            if (priced.credits().isPositive()) {
                debit = ledger.post(unit, LedgerRequest.debit(account, priced.credits(),
                                IdempotencyKey.of(request.requestId()))
                        .withReferenceId(reference(request))
                        .withNote(note(request))).transaction();
            }
            Credits balance = debit == null ? wallet.balance() : debit.balanceAfter();
            LlmCallEvent event = usage.append(unit, LlmCall.of(account, request.requestId(), reference(request),
                    reported, priced, debit == null ? null : debit.id(), now));
            return finish(unit, new MeteredDraft(draft, account, event, debit, priced.credits(), Credits.ZERO,
                    balance, policy.isLowBalance(balance)));
        });
    }

    private MeteredDraft reserved(AccountId account, DraftRequest request) {
        Credits estimate = Args.required(estimator.estimate(request), "estimate");
        // A fresh key per attempt: a retry after a failed attempt (whose hold was released) must be able to hold
        // again. Charging once per request id is guaranteed by the usage event's unique request id, which commits in
        // the same unit as the capture.
        Hold hold = ledger.hold(new HoldRequest(account, estimate, IdempotencyKey.random(), reference(request),
                note(request), null)).hold();
        DraftResult draft;
        try {
            draft = delegate.generate(request);
        } catch (RuntimeException | Error e) {
            releaseQuietly(account, hold, e);
            throw e;
        }
        try {
            return ledger.inUnitOfWork(unit -> {
                Instant now = ledger.clock().instant();
                Wallet wallet = unit.lockWallet(account, now);
                refuseIfMetered(account, request.requestId());
                LlmUsage reported = draft.usage();
                if (reported == null) {
                    ledger.release(unit, account, hold.id());
                    return finish(unit, new MeteredDraft(draft, account, null, null, Credits.ZERO, Credits.ZERO,
                            wallet.balance(), policy.isLowBalance(wallet.balance())));
                }
                PricedUsage priced = pricing.price(reported);
                CaptureResult capture = ledger.capture(unit, account, hold.id(), priced.credits());
                CreditTransaction debit = capture.debit();
                LlmCallEvent event = usage.append(unit, LlmCall.of(account, request.requestId(), reference(request),
                        reported, priced, debit == null ? null : debit.id(), now));
                return finish(unit, new MeteredDraft(draft, account, event, debit, capture.charged(),
                        capture.shortfall(), capture.balanceAfter(), policy.isLowBalance(capture.balanceAfter())));
            });
        } catch (RuntimeException | Error e) {
            releaseQuietly(account, hold, e);
            throw e;
        }
    }

    private MeteredDraft finish(UnitOfWork unit, MeteredDraft metered) {
        listener.onMetered(unit, metered);
        return metered;
    }

    private void refuseIfMetered(AccountId account, String requestId) {
        Optional<LlmCallEvent> earlier = usage.findByRequestId(account, requestId);
        if (earlier.isPresent()) {
            throw new AlreadyMeteredException(earlier.get());
        }
    }

    private void releaseQuietly(AccountId account, Hold hold, Throwable failure) {
        try {
            ledger.release(account, hold.id());
        } catch (RuntimeException releaseFailure) {
            // the hold expires by itself; the caller needs the original failure
            failure.addSuppressed(releaseFailure);
        }
    }

    private static String reference(DraftRequest request) {
        return request.interactionId() == null ? null : "interaction:" + request.interactionId();
    }

    private static String note(DraftRequest request) {
        return "draft:" + request.requestId();
    }

    /** Configures a {@link MeteredDraftGenerator}; every setting is checked when set. */
    public static final class Builder {
        private final DraftGenerator delegate;
        private final CreditLedger ledger;
        private final UsageEventStore usage;
        private final PricingService pricing;
        private CreditPolicy policy = CreditPolicy.defaults();
        private MeteringMode mode = MeteringMode.POST_PAID;
        private ReservationEstimator estimator;
        private Function<DraftRequest, AccountId> accounts = request -> AccountId.of(request.sellerId());
        private MeteringListener listener = MeteringListener.none();

        private Builder(DraftGenerator delegate, CreditLedger ledger, UsageEventStore usage, PricingService pricing) {
            this.delegate = Args.required(delegate, "delegate");
            this.ledger = Args.required(ledger, "ledger");
            this.usage = Args.required(usage, "usage");
            this.pricing = Args.required(pricing, "pricing");
        }

        /** Enforcement and low-balance threshold (default {@link CreditPolicy#defaults()}: warn-only). */
        public Builder policy(CreditPolicy value) {
            this.policy = Args.required(value, "policy");
            return this;
        }

        /** How calls are paid for (default {@link MeteringMode#POST_PAID}). */
        public Builder mode(MeteringMode value) {
            this.mode = Args.required(value, "mode");
            return this;
        }

        /** What to hold in {@link MeteringMode#RESERVE} (default {@link ReservationEstimator#upperBound}). */
        public Builder reservationEstimator(ReservationEstimator value) {
            this.estimator = Args.required(value, "reservationEstimator");
            return this;
        }

        /** Which account pays for a request (default: the account of the request's seller). */
        public Builder accountResolver(Function<DraftRequest, AccountId> value) {
            this.accounts = Args.required(value, "accountResolver");
            return this;
        }

        /** The caller's writes in each call's unit of work (default: none). */
        public Builder listener(MeteringListener value) {
            this.listener = Args.required(value, "listener");
            return this;
        }

        public MeteredDraftGenerator build() {
            return new MeteredDraftGenerator(this);
        }
    }
}
