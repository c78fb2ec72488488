package ru.agentiq.cli.wb;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ru.agentiq.cli.Converters.SellerIdConverter;
import ru.agentiq.cli.EmbeddedStore;
import ru.agentiq.cli.json.InteractionJson;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.core.sync.FeedItem;
import ru.agentiq.core.sync.ItemStep;
import ru.agentiq.wb.normalize.PayloadKind;
import ru.agentiq.wb.normalize.WbNormalizer;
import ru.agentiq.wb.normalize.WbPayloads;

/**
 * {@code agentiq wb normalize}: prints the interactions a WB payload would become, as the JSON list of
 * {@code agentiq demo --json}. Items the normaliser rejects are reported on stderr; a WB error body or malformed
 * JSON exits 1 with a one-line reason.
 */
@Command(name = "normalize", mixinStandardHelpOptions = true,
        description = "Print the interactions a saved WB payload would become (snake_case JSON list).")
public final class NormalizeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindConverter.class,
            description = "feedbacks|feedback|questions|question|chats|events")
    private PayloadKind kind;

    @Option(names = "--seller", paramLabel = "ID", defaultValue = "1", converter = SellerIdConverter.class,
            description = "Seller id the interactions belong to (default: ${DEFAULT-VALUE}).")
    private SellerId seller;

    @Parameters(index = "0", paramLabel = "FILE", description = "The payload, as WB returned it.")
    private Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("agentiq: " + file + " is not a readable file");
            return 1;
        }
        byte[] payload = Files.readAllBytes(file);
        List<FeedItem> items;
        try {
            items = new WbPayloads(new WbNormalizer()).normalize(seller, kind, payload);
        } catch (AgentIqException e) {
            err.println("agentiq: " + ContractCheckCommand.oneLine(e.getMessage()));
            return 1;
        }
        // a scratch store only numbers the items: normalising never touches the user's data
        InMemoryInteractionRepository scratch = new InMemoryInteractionRepository();
        Clock clock = Clock.systemUTC();
        ItemStep step = EmbeddedStore.defaultItemStep();
        ArrayNode array = Json.mapper().createArrayNode();
        for (FeedItem item : items) {
            if (!item.accepted()) {
                err.println("agentiq: skipped " + (item.externalId() == null ? "an item" : item.externalId()) + ": "
                        + ContractCheckCommand.oneLine(item.rejection()));
                continue;
            }
            UpsertResult stored = scratch.upsert(step.apply(item.data(), clock.instant()), clock.instant());
            array.add(InteractionJson.toJson(stored.interaction()));
        }
        out.println(Json.pretty(array));
        return 0;
    }

    /** {@code --kind} values, with the accepted list in the error. */
    static final class KindConverter implements CommandLine.ITypeConverter<PayloadKind> {
        @Override
        public PayloadKind convert(String value) {
            try {
                return PayloadKind.fromWire(value);
            } catch (AgentIqException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
