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
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.TransactionPage;
import ru.agentiq.cli.EmbeddedStore;
import ru.agentiq.cli.json.Json;

/** {@code agentiq wallet transactions}: a user's own history, newest first. */
@Command(name = "transactions", mixinStandardHelpOptions = true,
        description = "List a user's own transactions, newest first, with initiated_by.")
final class TransactionsCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DemoOption demo;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Wallet owner (user id).")
    private String user;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + CreditLedger.DEFAULT_PAGE_SIZE,
            description = "Page size, 1..200 (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Transactions to skip (default: ${DEFAULT-VALUE}).")
    private long offset;

    @Override
    public Integer call() {
        EmbeddedStore store = wallet.store();
        if (demo.demo) {
            WalletDemo.seed(store);
        }
        TransactionPage page = store.ledger().transactions(AccountId.of(user), limit, offset);
        ObjectNode node = Json.mapper().createObjectNode();
        node.set("transactions", WalletJson.transactions(page.transactions()));
        node.put("total", page.total());
        spec.commandLine().getOut().println(Json.pretty(node));
        return 0;
    }
}
