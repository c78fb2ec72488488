package ru.agentiq.billing.ledger;

import java.util.List;
import ru.agentiq.billing.internal.Args;

/**
 * An administrator's view of a wallet.
 *
 * @param wallet             balance and holds
 * @param recentTransactions the newest entries, newest first
 */
public record WalletView(Wallet wallet, List<CreditTransaction> recentTransactions) {
    public WalletView {
        Args.required(wallet, "wallet");
        recentTransactions = List.copyOf(Args.required(recentTransactions, "recentTransactions"));
    }
}
