package ru.agentiq.wb.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.WbApiException;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.internal.WbCall;
import ru.agentiq.wb.internal.WbResponse;
import ru.agentiq.wb.internal.WbSession;

/**
 * Fetches live WB responses of the read operations (small pages, within the rate limits) and checks them against the
 * contract. Only reads: nothing at WB changes. Categories the token has no scope for are reported as notes and
 * skipped.
 */
public final class LiveContractProbe {

    private final WbConnector connector;
    private final ContractChecker checker;

    public LiveContractProbe(WbConnector connector, ContractChecker checker) {
        this.connector = Checks.required(connector, "connector");
        this.checker = Checks.required(checker, "checker");
    }

    /**
     * Checks the live responses for {@code token}.
     *
     * @throws WbApiException when WB cannot be reached or refuses the token (a runtime error, not a contract finding)
     */
    public ContractReport check(SellerId sellerId, WbToken token) {
        WbSession session = connector.rawSession(sellerId, token);
        var fq = connector.config().feedbacksBaseUri();
        var chat = connector.config().chatBaseUri();
        List<Probe> probes = List.of(
                new Probe(ApiCategory.FEEDBACKS_QUESTIONS, fq, "/api/v1/feedbacks",
                        Map.of("isAnswered", false, "take", 10, "skip", 0, "order", "dateDesc")),
                new Probe(ApiCategory.FEEDBACKS_QUESTIONS, fq, "/api/v1/feedbacks/count-unanswered", Map.of()),
                new Probe(ApiCategory.FEEDBACKS_QUESTIONS, fq, "/api/v1/questions",
                        Map.of("isAnswered", false, "take", 10, "skip", 0, "order", "dateDesc")),
                new Probe(ApiCategory.FEEDBACKS_QUESTIONS, fq, "/api/v1/questions/count-unanswered", Map.of()),
                new Probe(ApiCategory.FEEDBACKS_QUESTIONS, fq, "/api/v1/new-feedbacks-questions", Map.of()),
                new Probe(ApiCategory.CHAT, chat, "/api/v1/seller/chats", Map.of()),
                new Probe(ApiCategory.CHAT, chat, "/api/v1/seller/events", Map.of()));
        List<ContractFinding> findings = new ArrayList<>();
        int checked = 0;
        for (Probe probe : probes) {
            String source = "live GET " + probe.path();
            if (token.isJwt() && !token.hasScope(probe.category())) {
                findings.add(new ContractFinding(source, null, FindingKind.UNMAPPED, null,
                        "skipped: the token has no " + probe.category().title() + " scope"));
                continue;
            }
            WbResponse response = session.execute(WbCall.get(probe.category(), probe.base(), probe.path(),
                    probe.query()));
            Operation operation = new Operation("get", probe.path(), 200, List.of());
            findings.addAll(checker.check(source, operation, response.body()));
            checked++;
        }
        return new ContractReport(checked, findings);
    }

    private record Probe(ApiCategory category, java.net.URI base, String path, Map<String, Object> query) {
    }
}
