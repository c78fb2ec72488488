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
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.ledger.LedgerRequest;
import ru.agentiq.billing.ledger.PostingResult;
import ru.agentiq.cli.EmbeddedStore;
import ru.agentiq.cli.json.Json;

/** {@code agentiq wallet debit}: a system debit for a metered call, idempotent on its reference. */
@Command(name = "debit", mixinStandardHelpOptions = true,
        description = {"Debit credits for a metered call (0 < amount <= 10000); may overdraw, as the call happened.",
                "The reference is the idempotency key: repeating a debit with it charges once."})
final class DebitCommand implements Callable<Integer> {

    @ParentCommand
    private WalletCommand wallet;

    @Spec
    private CommandSpec spec;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Wallet owner (user id).")
    private String user;

    @Option(names = "--amount", required = true, paramLabel = "AMOUNT", description = "Credits, e.g. 0.0125.")
    private BigDecimal amount;

    @Option(names = "--reference", required = true, paramLabel = "REF",
            description = "What the debit pays for (turn or draft request id); also its idempotency key.")
    private String reference;

    @Option(names = "--note", paramLabel = "NOTE", description = "Free text shown in the history.")
    private String note;

    @Override
    public Integer call() {
        EmbeddedStore store = wallet.store();
        AccountId account = AccountId.of(user);
        PostingResult result = store.ledger().post(LedgerRequest.debit(account, Credits.of(amount, "amount"),
                IdempotencyKey.of(reference)).withReferenceId(reference).withNote(note));
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("user_id", account.value());
        node.put("transaction_id", result.transaction().id().value());
        node.put("balance_after", result.balanceAfter().toString());
        node.put("low_balance", store.creditPolicy().isLowBalance(result.balanceAfter()));
        node.put("replayed", result.replayed());
        node.set("transaction", WalletJson.transaction(result.transaction()));
        spec.commandLine().getOut().println(Json.pretty(node));
        return 0;
    }
}
