package ru.agentiq.cli.linking;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;
import ru.agentiq.cli.json.InteractionLines;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.linking.LinkIndex;
import ru.agentiq.core.linking.LinkingConfig;

/**
 * {@code agentiq link}: links the interactions of a JSON Lines file across channels and prints each one's candidates
 * as a JSON line, in input order.
 */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = {"Link interactions across reviews, questions and chats and print, per interaction, its link"
                + " candidates as one JSON line: {interaction_id, candidates:[{interaction_id, channel, external_id,"
                + " confidence, link_type, band, auto_action_allowed, action_mode, policy_reason, reasoning_signals,"
                + " contributions:[{signal, weight}], explanation}]}.",
                "Input: one interaction per line in the JSON of 'agentiq demo --json' (that command's array works"
                        + " too)."})
public final class LinkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", required = true,
            description = "Interactions, one JSON object per line; '-' reads standard input.")
    private String input;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "piloted", converter = ProfileConverter.class,
            description = "Signal weights: piloted (the seed's, default) or plan (the plan's 0.45/0.20/0.20/0.10/0.05).")
    private LinkingConfig config;

    @Override
    public Integer call() {
        List<Interaction> interactions = InteractionLines.read(input);
        Map<Scope, List<Interaction>> byScope = new LinkedHashMap<>();
        for (Interaction i : interactions) {
            byScope.computeIfAbsent(new Scope(i.sellerId(), i.data().marketplace()), s -> new java.util.ArrayList<>())
                    .add(i);
        }
        Map<Scope, LinkIndex> indexes = new LinkedHashMap<>();
        byScope.forEach((scope, list) -> indexes.put(scope,
                LinkIndex.build(scope.sellerId(), scope.marketplace(), config, list)));
        PrintWriter out = spec.commandLine().getOut();
        for (Interaction i : interactions) {
            LinkIndex index = indexes.get(new Scope(i.sellerId(), i.data().marketplace()));
            out.println(Json.line(LinkJson.links(i.id(), index.candidates(i.id()))));
        }
        out.flush();
        return 0;
    }

    private record Scope(SellerId sellerId, Marketplace marketplace) {
    }

    /** {@code piloted|plan}. */
    static final class ProfileConverter implements ITypeConverter<LinkingConfig> {
        @Override
        public LinkingConfig convert(String value) {
            try {
                return LinkingConfig.profile(value);
            } catch (ValidationException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
