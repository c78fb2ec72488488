/**
 * The credit ledger: one wallet per account, an append-only list of signed
 * {@link ru.agentiq.billing.ledger.CreditTransaction}s whose sum is always the balance, idempotent writes, optional
 * reservations, and the unit-of-work boundary that lets a metered call commit its usage event, its debit and the
 * caller's own rows together.
 *
 * <p>{@link ru.agentiq.billing.ledger.CreditLedger} holds every rule; the {@link ru.agentiq.billing.ledger.LedgerStore}
 * port only stores, so an adapter (in memory, JDBC, your own) cannot get a rule wrong. The port's contract is written
 * so that a SQL database implements it with one row lock per wallet, a single-statement balance update that returns
 * the new balance, and a unique index on (wallet, idempotency key).
 */
package ru.agentiq.billing.ledger;
