package ru.agentiq.billing.ledger;

import java.util.List;
import ru.agentiq.billing.internal.Args;

/**
 * One page of a wallet's history, newest first.
 *
 * @param transactions the entries of the page
 * @param total        number of entries of the wallet, all pages together
 */
public record TransactionPage(List<CreditTransaction> transactions, long total) {
    public TransactionPage {
        transactions = List.copyOf(Args.required(transactions, "transactions"));
    }
}
