package ru.agentiq.billing.metering;

import ru.agentiq.billing.ledger.UnitOfWork;

/**
 * The caller's own writes for a metered call — the stored draft, a {@code draft_generated} event — made in the same
 * unit of work as the usage event and the debit, so all of them commit or none does. Throwing rolls the whole unit
 * back: the call is then neither recorded nor charged, and the exception reaches the caller of
 * {@link MeteredDraftGenerator#generateMetered}.
 */
@FunctionalInterface
public interface MeteringListener {

    /** Called inside {@code unit} after the usage event and the debit were written. */
    void onMetered(UnitOfWork unit, MeteredDraft metered);

    /** A listener that writes nothing. */
    static MeteringListener none() {
        return (unit, metered) -> {
        };
    }
}
