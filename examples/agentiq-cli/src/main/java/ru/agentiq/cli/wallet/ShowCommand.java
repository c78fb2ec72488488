package ru.agentiq.cli.wallet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ledger.WalletView;
import ru.agentiq.cli.EmbeddedStore;
import ru.agentiq.cli.json.Json;

/** {@code agentiq wallet show}: the admin wallet view — balance and the 10 newest entries with initiated_by. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a wallet: balance, holds and the 10 newest transactions with initiated_by.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DemoOption demo;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Wallet owner (user id).")
    private String user;

    @Override
    public Integer call() {
        EmbeddedStore store = wallet.store();
        if (demo.demo) {
            WalletDemo.seed(store);
        }
        WalletView view = store.adminWallets().view(AccountId.of(user));
        ObjectNode node = WalletJson.wallet(view.wallet());
        node.put("low_balance", store.creditPolicy().isLowBalance(view.wallet().balance()));
        node.set("recent_transactions", WalletJson.transactions(view.recentTransactions()));
        spec.commandLine().getOut().println(Json.pretty(node));
        return 0;
    }
}
