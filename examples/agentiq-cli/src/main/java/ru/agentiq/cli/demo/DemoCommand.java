package ru.agentiq.cli.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.cli.EmbeddedStore;
import ru.agentiq.cli.StoreOptions;
import ru.agentiq.cli.Converters.InboxSortConverter;
import ru.agentiq.cli.Converters.SellerIdConverter;
import ru.agentiq.cli.json.InteractionJson;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.demo.DemoSeeder.DemoSeedResult;
import ru.agentiq.core.interaction.InboxPage;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.InboxSort;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.SellerId;

/** {@code agentiq demo}: seeds the demo data into the embedded store and prints the prioritised inbox. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Seed 12 demo interactions into the embedded store (H2) and print the prioritised inbox.")
public final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--json", description = "Print the inbox as a JSON array (the seed's snake_case field names).")
    private boolean json;

    @Option(names = "--seller", paramLabel = "ID", defaultValue = "1", converter = SellerIdConverter.class,
            description = "Seller id to seed and list (default: ${DEFAULT-VALUE}).")
    private SellerId seller;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "priority", converter = InboxSortConverter.class,
            description = "priority (urgent first, earliest SLA first) or newest (default: ${DEFAULT-VALUE}).")
    private InboxSort sort;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "Europe/Moscow",
            description = "Time zone for SLA times in the table (default: ${DEFAULT-VALUE}).")
    private ZoneId zone;

    @Override
    public Integer call() {
        SellerId sellerId = seller;
        InboxSort order = sort;
        EmbeddedStore store = storeOptions.open(Clock.systemUTC());
        DemoSeedResult seeded = store.demoSeeder().seed(sellerId);
        List<Interaction> inbox = readAll(store, sellerId, order);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = Json.mapper().createArrayNode();
            inbox.forEach(i -> array.add(InteractionJson.toJson(i)));
            out.println(Json.pretty(array));
        } else {
            Instant now = store.clock().instant();
            long open = inbox.stream().filter(i -> i.data().needsResponse()).count();
            out.printf("AgentIQ demo inbox · seller %s · %d interactions (%d need a response, %d newly seeded) · %s%n%n",
                    sellerId, inbox.size(), open, seeded.created(), store.description());
            out.print(new InboxTable(zone, now).render(inbox));
        }
        out.flush();
        return 0;
    }

    private static List<Interaction> readAll(EmbeddedStore store, SellerId sellerId, InboxSort order) {
        List<Interaction> all = new ArrayList<>();
        InboxQuery.Builder query = InboxQuery.builder(sellerId).sort(order).pageSize(InboxQuery.MAX_PAGE_SIZE)
                .includeTotal(false);
        InboxPage page = store.interactions().find(query.build());
        all.addAll(page.items());
        while (page.nextCursor().isPresent()) {
            page = store.interactions().find(query.cursor(page.nextCursor().get()).build());
            all.addAll(page.items());
        }
        return all;
    }
}
