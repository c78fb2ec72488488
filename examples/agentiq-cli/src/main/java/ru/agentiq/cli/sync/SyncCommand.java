package ru.agentiq.cli.sync;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ru.agentiq.cli.Converters.ChannelConverter;
import ru.agentiq.cli.Converters.SellerIdConverter;
import ru.agentiq.cli.EmbeddedStore;
import ru.agentiq.cli.StoreOptions;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.sync.ChannelReport;
import ru.agentiq.core.sync.SyncOptions;
import ru.agentiq.core.sync.SyncReport;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.auth.InMemoryCredentialStore;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.normalize.WbNormalizer;
import ru.agentiq.wb.sync.WbInteractionFeed;

/**
 * {@code agentiq sync}: runs a real WB sync of one seller into the embedded store and prints what each channel did.
 * Exit 0 when every channel succeeded, 1 when one failed (the reasons on one line each).
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Sync a seller's WB reviews, questions and chats into the embedded store and print the stats.")
public final class SyncCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--token", required = true, paramLabel = "TOKEN",
            description = "The seller's WB API token (raw or 'Bearer …'; never printed).")
    private String token;

    @Option(names = "--seller", paramLabel = "ID", defaultValue = "1", converter = SellerIdConverter.class,
            description = "Seller id in AgentIQ (default: ${DEFAULT-VALUE}).")
    private SellerId seller;

    @Option(names = "--channel", paramLabel = "CHANNEL", converter = ChannelConverter.class,
            description = "review|question|chat; repeat for several (default: all three).")
    private Set<Channel> channels = EnumSet.noneOf(Channel.class);

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "1000",
            description = "Items per listing page (default: ${DEFAULT-VALUE}).")
    private int pageSize;

    @Option(names = "--max-items", paramLabel = "N", defaultValue = "10000",
            description = "Items per listing pass at most (default: ${DEFAULT-VALUE}).")
    private int maxItems;

    @Option(names = "--base-url", paramLabel = "URL", description = "WB host override (proxy, sandbox, tests).")
    private String baseUrl;

    @Option(names = "--json", description = "Print the report as JSON.")
    private boolean json;

    @CommandLine.Mixin
    private StoreOptions storeOptions = new StoreOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SyncOptions options;
        WbToken wbToken;
        try {
            options = SyncOptions.builder().channels(channels).pageSize(pageSize).maxItemsPerPass(maxItems).build();
            wbToken = WbToken.of(token);
        } catch (ru.agentiq.core.ValidationException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        WbConfig.Builder config = WbConfig.builder();
        if (baseUrl != null) {
            config.baseUri(baseUrl);
        }
        InMemoryCredentialStore credentials = new InMemoryCredentialStore();
        credentials.save(seller, wbToken);
        WbConnector connector = WbConnector.builder(credentials).config(config.build()).build();
        EmbeddedStore store = storeOptions.open(Clock.systemUTC());
        WbInteractionFeed feed = new WbInteractionFeed(connector::seller, new WbNormalizer(),
                EnumSet.allOf(Channel.class));
        SyncReport report = store.syncService(feed).sync(seller, options);
        if (json) {
            out.println(Json.pretty(toJson(report)));
        } else {
            out.printf("WB sync · seller %s · %s%n", seller, report.succeeded() ? "ok" : "error");
            out.printf("%-9s %-16s %8s %8s %8s %10s %8s %6s%n", "CHANNEL", "OUTCOME", "FETCHED", "CREATED",
                    "UPDATED", "UNCHANGED", "SKIPPED", "PAGES");
            for (ChannelReport c : report.channels()) {
                out.printf("%-9s %-16s %8d %8d %8d %10d %8d %6d%n", c.channel().wire(),
                        c.outcome().name().toLowerCase(java.util.Locale.ROOT), c.fetched(), c.created(), c.updated(),
                        c.unchanged(), c.skipped(), c.pages());
            }
        }
        out.flush();
        for (ChannelReport c : report.channels()) {
            if (c.outcome() == ChannelReport.Outcome.FAILED) {
                err.println("agentiq: " + c.channel().wire() + ": " + c.error());
            }
        }
        return report.succeeded() ? 0 : 1;
    }

    private static ObjectNode toJson(SyncReport report) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("seller_id", report.sellerId().value());
        node.put("status", report.status().state().wire());
        node.put("last_error", report.status().lastError());
        node.put("fetched", report.fetched());
        node.put("created", report.created());
        node.put("updated", report.updated());
        node.put("skipped", report.skipped());
        ArrayNode channels = node.putArray("channels");
        for (ChannelReport c : report.channels()) {
            ObjectNode ch = channels.addObject();
            ch.put("channel", c.channel().wire());
            ch.put("outcome", c.outcome().name().toLowerCase(java.util.Locale.ROOT));
            ch.put("fetched", c.fetched());
            ch.put("created", c.created());
            ch.put("updated", c.updated());
            ch.put("unchanged", c.unchanged());
            ch.put("skipped", c.skipped());
            ch.put("pages", c.pages());
            ch.put("stopped_at_watermark", c.stoppedAtWatermark());
            ch.put("watermark", c.watermark() == null ? null : c.watermark().toString());
            ch.put("cursor", c.cursor());
            ch.put("error", c.error());
            ch.put("resume_at", c.resumeAt() == null ? null : c.resumeAt().toString());
        }
        return node;
    }
}
