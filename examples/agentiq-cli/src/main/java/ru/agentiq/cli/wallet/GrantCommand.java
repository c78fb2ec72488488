package ru.agentiq.cli.wallet;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.ActorId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.PostingResult;
import ru.agentiq.cli.json.Json;

/** {@code agentiq wallet grant}: an administrator grants credits (0 < amount ≤ 10 000), attributed to them. */
@Command(name = "grant", mixinStandardHelpOptions = true,
        description = "Grant credits to a user's wallet as an administrator (0 < amount <= 10000).")
final class GrantCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Wallet owner (user id).")
    private String user;

    @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "Credits, e.g. 100 or 5.25.")
    private BigDecimal amount;

    @Option(names = "--admin", required = true, paramLabel = "ADMIN",
            description = "Acting administrator, recorded as initiated_by.")
    private String admin;

    @Option(names = "--note", paramLabel = "NOTE", description = "Free text shown in the history.")
    private String note;

    @Option(names = "--key", paramLabel = "KEY",
            description = "Idempotency key: repeating a grant with the same key applies it once (default: random).")
    private String key;

    @Override
    public Integer call() {
        AccountId account = AccountId.of(user);
        PostingResult result = wallet.store().adminWallets().grant(ActorId.of(admin), account,
                Credits.of(amount, "amount"), note, key == null ? IdempotencyKey.random() : IdempotencyKey.of(key));
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("user_id", account.value());
        node.put("transaction_id", result.transaction().id().value());
        node.put("new_balance", result.balanceAfter().toString());
        node.put("replayed", result.replayed());
        node.set("transaction", WalletJson.transaction(result.transaction()));
        spec.commandLine().getOut().println(Json.pretty(node));
        return 0;
    }
}
