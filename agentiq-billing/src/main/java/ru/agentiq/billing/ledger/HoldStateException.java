package ru.agentiq.billing.ledger;

/** A hold was asked to do something its state forbids: capture a released hold, release a captured one. */
public final class HoldStateException extends LedgerException {
    private static final long serialVersionUID = 1L;

    private final Hold hold;

    public HoldStateException(Hold hold, String message) {
        super(message);
        this.hold = hold;
    }

    public Hold hold() {
        return hold;
    }
}
