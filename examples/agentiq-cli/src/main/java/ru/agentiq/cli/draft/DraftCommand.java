package ru.agentiq.cli.draft;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ru.agentiq.cli.Converters.SellerIdConverter;
import ru.agentiq.cli.StoreOptions;
import ru.agentiq.cli.Workspace;
import ru.agentiq.billing.metering.MeteredDraftGenerator;
import ru.agentiq.cli.json.Json;
import ru.agentiq.core.draft.Draft;
import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftService;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.DraftSettingsSource;
import ru.agentiq.core.draft.DraftWarning;
import ru.agentiq.core.draft.FallingBackDraftGenerator;
import ru.agentiq.core.draft.GroundingItem;
import ru.agentiq.core.draft.GuardrailReviewers;
import ru.agentiq.core.draft.PrioritizerKeywords;
import ru.agentiq.core.guardrails.Guardrails;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.draft.LlmDisabledException;
import ru.agentiq.core.draft.Tone;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.llm.openai.OpenAiConfig;
import ru.agentiq.llm.openai.OpenAiDraftGenerator;

/** {@code agentiq draft --id ID}: the AI draft of one interaction, with its source, fallback flag and grounding. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft a reply for an interaction. Without --llm-url (or $AGENTIQ_LLM_URL) and an API key"
                + " ($AGENTIQ_LLM_KEY) the keyword fallback and templates answer, reported as used_fallback.")
public final class DraftCommand implements Callable<Integer> {

    public static final String URL_ENV = "AGENTIQ_LLM_URL";
    public static final String KEY_ENV = "AGENTIQ_LLM_KEY";

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--id", paramLabel = "ID", required = true, description = "Interaction id.")
    private long id;

    @Option(names = "--seller", paramLabel = "ID", defaultValue = "1", converter = SellerIdConverter.class,
            description = "Seller id (default: ${DEFAULT-VALUE}).")
    private SellerId seller;

    @Option(names = "--force", description = "Regenerate even when a draft is cached.")
    private boolean force;

    @Option(names = "--tone", paramLabel = "TONE", defaultValue = "neutral",
            description = "formal, friendly or neutral (default: ${DEFAULT-VALUE}).")
    private String tone;

    @Option(names = "--llm-url", paramLabel = "URL", description = "OpenAI-compatible endpoint root"
            + " (default: $AGENTIQ_LLM_URL).")
    private String llmUrl;

    @Option(names = "--llm-provider", paramLabel = "NAME", defaultValue = "deepseek",
            description = "Provider name (default: ${DEFAULT-VALUE}).")
    private String provider;

    @Option(names = "--llm-model", paramLabel = "MODEL", defaultValue = "deepseek-chat",
            description = "Model id (default: ${DEFAULT-VALUE}).")
    private String model;

    @Option(names = "--json", description = "Print JSON (the seed's snake_case fields).")
    private boolean json;

    @Override
    public Integer call() {
        if (id <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--id must be positive, was " + id);
        }
        Tone t;
        try {
            t = Tone.fromWire(tone);
        } catch (ru.agentiq.core.ValidationException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Workspace w = Workspace.open(storeOptions, seller);
        String url = llmUrl != null ? llmUrl : System.getenv(URL_ENV);
        String key = System.getenv(KEY_ENV);
        DraftSettings settings = new DraftSettings(t, url != null && key != null, provider, model);
        DraftSettingsSource source = DraftSettingsSource.fixed(settings);
        DraftGenerator generator = url == null ? request -> {
            throw new LlmDisabledException("no model endpoint configured");
        } : metered(w, new FallingBackDraftGenerator(new OpenAiDraftGenerator(OpenAiConfig.builder(url).apiKey(key)
                .provider(provider).defaultModel(model).requestTimeout(Duration.ofSeconds(30)).build(), source)));
        DraftService drafts = DraftService.builder(w.store().interactions(), w.store().events(), generator,
                w.store().clock()).settings(source)
                .reviewer(GuardrailReviewers.of(Guardrails.defaults()))
                .keywords(PrioritizerKeywords.of(InteractionPrioritizer.defaults(), w.store().clock())).build();
        Draft draft = drafts.draft(seller, InteractionId.of(id), force);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.pretty(toJson(draft)));
        } else {
            out.printf("Draft for interaction %d · source %s · used_fallback %s · intent %s · sentiment %s%n%n",
                    id, draft.source().wire(), draft.usedFallback(), draft.intent(), draft.sentiment());
            out.println(draft.text());
            out.println();
            for (DraftWarning warning : draft.guardrailWarnings()) {
                out.printf("! %s %s: %s%n", warning.severity(), warning.type(), warning.message());
            }
            out.println("Grounded on: " + String.join("; ", draft.grounding().stream()
                    .map(g -> g.kind().wire() + " (" + g.detail() + ")").toList()));
        }
        out.flush();
        return 0;
    }

    /**
     * Model calls, failed ones included (the fallback layer sits inside), are metered against the seller's wallet.
     */
    public static DraftGenerator metered(Workspace w, DraftGenerator model) {
        return MeteredDraftGenerator.builder(model, w.store().ledger(), w.store().usageEvents(), w.store().pricing())
                .policy(w.store().creditPolicy()).build();
    }

    static ObjectNode toJson(Draft d) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("interaction_id", d.interactionId().value());
        root.put("draft_text", d.text());
        root.put("intent", d.intent());
        root.put("sentiment", d.sentiment());
        root.put("sla_priority", d.slaPriority());
        root.put("recommendation_reason", d.recommendationReason());
        root.put("source", d.source().wire());
        root.put("used_fallback", d.usedFallback());
        root.put("needs_escalation", d.needsEscalation());
        root.put("escalation_reason", d.escalationReason());
        ArrayNode warnings = root.putArray("guardrail_warnings");
        for (DraftWarning w : d.guardrailWarnings()) {
            warnings.addObject().put("type", w.type()).put("severity", w.severity()).put("message", w.message())
                    .put("phrase", w.phrase()).put("category", w.category());
        }
        ArrayNode grounding = root.putArray("grounding");
        for (GroundingItem g : d.grounding()) {
            grounding.addObject().put("kind", g.kind().wire()).put("detail", g.detail());
        }
        if (d.usage() != null) {
            ObjectNode u = root.putObject("llm_usage");
            u.put("provider", d.usage().provider());
            u.put("model_alias", d.usage().modelAlias());
            u.put("status", d.usage().status().wire());
            u.put("input_tokens", d.usage().inputTokensFresh() + d.usage().inputTokensCached());
            u.put("output_tokens", d.usage().outputTokens());
            u.put("used_fallback", d.usage().usedFallback());
        }
        return root;
    }
}
