package ru.agentiq.cli.quality;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import ru.agentiq.cli.Converters.ChannelConverter;
import ru.agentiq.cli.Converters.SellerIdConverter;
import ru.agentiq.cli.StoreOptions;
import ru.agentiq.cli.Workspace;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.quality.QualityCounts;
import ru.agentiq.core.quality.QualityDay;

/** {@code agentiq quality history}: one line per UTC day with replies and outcome rates (seed §e.3). */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Reply quality per UTC day: replies, accepted / edited / manual and their rates"
                + " (seeds the demo data when the store is empty).")
public final class HistoryCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--seller", paramLabel = "ID", defaultValue = "1", converter = SellerIdConverter.class,
            description = "Seller id (default: ${DEFAULT-VALUE}).")
    private SellerId seller;

    @Option(names = "--days", paramLabel = "N", defaultValue = "14", description = "1..365 (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--channel", paramLabel = "CHANNEL", converter = ChannelConverter.class,
            description = "review, question or chat (default: all).")
    private Channel channel;

    @Option(names = "--json", description = "Print JSON (the seed's snake_case fields).")
    private boolean json;

    @Override
    public Integer call() {
        if (days < 1 || days > 365) {
            throw new ParameterException(spec.commandLine(), "--days must be 1..365, was " + days);
        }
        Workspace w = Workspace.open(storeOptions, seller);
        List<QualityDay> history = w.quality().history(seller, days, channel);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = Json.mapper().createArrayNode();
            for (QualityDay d : history) {
                QualityCounts c = d.counts();
                array.addObject().put("date", d.date().toString()).put("replies_total", c.repliesTotal())
                        .put("draft_accepted", c.draftAccepted()).put("draft_edited", c.draftEdited())
                        .put("reply_manual", c.replyManual()).put("accept_rate", c.acceptRate())
                        .put("edit_rate", c.editRate()).put("manual_rate", c.manualRate())
                        .put("lightly_edited", c.lightlyEdited());
            }
            out.println(Json.pretty(array));
        } else {
            out.printf("%-10s %7s %8s %6s %6s %7s %7s%n", "DATE", "REPLIES", "ACCEPTED", "EDITED", "LIGHT",
                    "MANUAL", "MANUAL%");
            for (QualityDay d : history) {
                QualityCounts c = d.counts();
                out.printf("%-10s %7d %8d %6d %6d %7d %7s%n", d.date(), c.repliesTotal(), c.draftAccepted(),
                        c.draftEdited(), c.lightlyEdited(), c.replyManual(),
                        c.repliesTotal() == 0 ? "—" : c.manualRate().movePointRight(2)
                                .setScale(1, java.math.RoundingMode.HALF_UP) + "%");
            }
        }
        out.flush();
        return 0;
    }
}
