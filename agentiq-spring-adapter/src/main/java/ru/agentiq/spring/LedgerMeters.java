package ru.agentiq.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ru.agentiq.billing.ledger.UnitOfWork;
import ru.agentiq.billing.metering.MeteredDraft;
import ru.agentiq.billing.metering.MeteringListener;

/**
 * Meters of metered drafts, counted inside the metering's unit of work (Micrometer never throws, so counting cannot
 * roll a charge back):
 * <ul>
 *   <li>{@value #LLM_CALLS} (counter; {@code model}, {@code status}, {@code used_fallback}): recorded model calls</li>
 *   <li>{@value #LEDGER_DEBITS} (counter): debits posted for them</li>
 *   <li>{@value #LEDGER_DEBITED_CREDITS} (counter): credits debited — an approximation for dashboards; the ledger is
 *       the record</li>
 * </ul>
 */
public final class LedgerMeters implements MeteringListener {

    public static final String LLM_CALLS = "agentiq.llm.calls";
    public static final String LEDGER_DEBITS = "agentiq.ledger.debits";
    public static final String LEDGER_DEBITED_CREDITS = "agentiq.ledger.debited.credits";

    private final MeterRegistry registry;

    public LedgerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onMetered(UnitOfWork unit, MeteredDraft metered) {
        metered.usageEvent().ifPresent(event -> Counter.builder(LLM_CALLS).description("Recorded model calls")
                .tag("model", event.call().modelAlias()).tag("status", event.call().status().wire())
                .tag("used_fallback", Boolean.toString(event.call().usedFallback())).register(registry).increment());
        metered.debitTransaction().ifPresent(debit -> {
            Counter.builder(LEDGER_DEBITS).description("Ledger debits for model calls").register(registry)
                    .increment();
            Counter.builder(LEDGER_DEBITED_CREDITS).description("Credits debited for model calls")
                    .register(registry).increment(debit.amount().abs().value().doubleValue());
        });
    }
}
