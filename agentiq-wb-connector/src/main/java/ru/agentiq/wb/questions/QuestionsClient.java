package ru.agentiq.wb.questions;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.feedbacks.FeedbackQuery;
import ru.agentiq.wb.feedbacks.UnansweredCount;
import ru.agentiq.wb.internal.WbCall;
import ru.agentiq.wb.internal.WbJson;
import ru.agentiq.wb.internal.WbSession;

/**
 * The WB Questions API for one seller. Thread-safe; shares the "Feedbacks and Questions" budget with
 * {@link ru.agentiq.wb.feedbacks.FeedbacksClient}.
 */
public final class QuestionsClient {

    /** WB serves at most 10,000 questions per listing: {@code take + skip ≤ 10000}. */
    public static final int MAX_WINDOW = 10_000;

    private static final JavaType LIST = WbJson.mapper().constructType(QuestionList.class);
    private static final JavaType QUESTION = WbJson.mapper().constructType(Question.class);
    private static final JavaType COUNT = WbJson.mapper().constructType(UnansweredCount.class);
    private static final JavaType INT = WbJson.mapper().constructType(Integer.class);
    private static final JavaType ANY = WbJson.mapper().constructType(Object.class);

    private final WbSession session;

    public QuestionsClient(WbSession session) {
        this.session = Checks.required(session, "session");
    }

    /** {@code GET /api/v1/questions/count-unanswered}. */
    public UnansweredCount countUnanswered() {
        return session.fqData(get("/api/v1/questions/count-unanswered", Map.of()), COUNT);
    }

    /** {@code GET /api/v1/questions/count}. */
    public int count(boolean answered, Instant from, Instant to) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("isAnswered", answered);
        query.put("dateFrom", from == null ? null : from.getEpochSecond());
        query.put("dateTo", to == null ? null : to.getEpochSecond());
        Integer count = session.fqData(get("/api/v1/questions/count", query), INT);
        return count == null ? 0 : count;
    }

    /**
     * {@code GET /api/v1/questions}: one page, newest or oldest first.
     *
     * @throws ValidationException when {@code take + skip} exceeds {@value #MAX_WINDOW}
     */
    public QuestionList list(boolean answered, int take, int skip, FeedbackQuery.Order order, Long nmId,
            Instant from, Instant to) {
        Checks.inRange(take, 1, MAX_WINDOW, "take");
        if (skip < 0 || take + skip > MAX_WINDOW) {
            throw new ValidationException("take + skip must be at most " + MAX_WINDOW + ", was " + (take + skip));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("isAnswered", answered);
        params.put("take", take);
        params.put("skip", skip);
        params.put("order", (order == null ? FeedbackQuery.Order.DATE_DESC : order).wire());
        params.put("nmId", nmId);
        params.put("dateFrom", from == null ? null : from.getEpochSecond());
        params.put("dateTo", to == null ? null : to.getEpochSecond());
        QuestionList list = session.fqData(get("/api/v1/questions", params), LIST);
        return list == null ? new QuestionList(null, null, null) : list;
    }

    /** {@code GET /api/v1/question?id=} (WB answers 422 for an unknown id). */
    public Question get(String id) {
        Checks.requiredText(id, "id", 255);
        return session.fqData(get("/api/v1/question", Map.of("id", id)), QUESTION);
    }

    /** Marks a question as viewed. */
    public void markViewed(String id) {
        ObjectNode body = WbJson.mapper().createObjectNode().put("id", Checks.requiredText(id, "id", 255))
                .put("wasViewed", true);
        patch(body);
    }

    /** Answers a question, or edits its answer (allowed once, within 60 days): state {@code wbRu}. */
    public void answer(String id, String text) {
        patch(answerBody(id, text, "wbRu"));
    }

    /** Rejects a question with an explanation: state {@code none}; it is not shown to buyers. */
    public void reject(String id, String text) {
        patch(answerBody(id, text, "none"));
    }

    private ObjectNode answerBody(String id, String text, String state) {
        ObjectNode body = WbJson.mapper().createObjectNode().put("id", Checks.requiredText(id, "id", 255));
        body.putObject("answer").put("text", Checks.requiredText(text, "text", 5_000));
        body.put("state", state);
        return body;
    }

    private void patch(ObjectNode body) {
        WbCall call = new WbCall(ApiCategory.FEEDBACKS_QUESTIONS, "PATCH", session.http().config().feedbacksBaseUri(),
                "/api/v1/questions", Map.of(), HttpRequest.BodyPublishers.ofString(body.toString()),
                "application/json", true);
        session.fqData(call, ANY);
    }

    private WbCall get(String path, Map<String, Object> query) {
        return WbCall.get(ApiCategory.FEEDBACKS_QUESTIONS, session.http().config().feedbacksBaseUri(), path, query);
    }
}
