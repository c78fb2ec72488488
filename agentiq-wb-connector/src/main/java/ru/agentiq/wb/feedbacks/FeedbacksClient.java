package ru.agentiq.wb.feedbacks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.auth.ApiCategory;
import ru.agentiq.wb.internal.WbCall;
import ru.agentiq.wb.internal.WbJson;
import ru.agentiq.wb.internal.WbSession;

/**
 * The WB Feedbacks API for one seller. Thread-safe; get one from {@link ru.agentiq.wb.WbSellerApi#feedbacks()}.
 * Every call spends the seller's "Feedbacks and Questions" budget (3/s, burst 6, shared with questions).
 */
public final class FeedbacksClient {

    private static final JavaType LIST = WbJson.mapper().constructType(FeedbackList.class);
    private static final JavaType FEEDBACK = WbJson.mapper().constructType(Feedback.class);
    private static final JavaType COUNT = WbJson.mapper().constructType(UnansweredCount.class);
    private static final JavaType NEW_ITEMS = WbJson.mapper().constructType(NewItems.class);
    private static final JavaType INT = WbJson.mapper().constructType(Integer.class);

    private final WbSession session;

    public FeedbacksClient(WbSession session) {
        this.session = Checks.required(session, "session");
    }

    /** {@code GET /api/v1/new-feedbacks-questions}. */
    public NewItems newFeedbacksAndQuestions() {
        return session.fqData(get("/api/v1/new-feedbacks-questions", Map.of()), NEW_ITEMS);
    }

    /** {@code GET /api/v1/feedbacks/count-unanswered}. */
    public UnansweredCount countUnanswered() {
        return session.fqData(get("/api/v1/feedbacks/count-unanswered", Map.of()), COUNT);
    }

    /** {@code GET /api/v1/feedbacks/count}: feedbacks created in [from, to] (either may be null). */
    public int count(boolean answered, Instant from, Instant to) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("isAnswered", answered);
        query.put("dateFrom", seconds(from));
        query.put("dateTo", seconds(to));
        Integer count = session.fqData(get("/api/v1/feedbacks/count", query), INT);
        return count == null ? 0 : count;
    }

    /** {@code GET /api/v1/feedbacks}: one page. */
    public FeedbackList list(FeedbackQuery query) {
        Checks.required(query, "query");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("isAnswered", query.answered());
        params.put("take", query.take());
        params.put("skip", query.skip());
        params.put("order", query.order().wire());
        params.put("nmId", query.nmId());
        params.put("dateFrom", seconds(query.from()));
        params.put("dateTo", seconds(query.to()));
        FeedbackList list = session.fqData(get("/api/v1/feedbacks", params), LIST);
        return list == null ? new FeedbackList(null, null, null) : list;
    }

    /** {@code GET /api/v1/feedbacks/archive}: one page of archived feedbacks. */
    public FeedbackList archive(int take, int skip, FeedbackQuery.Order order, Long nmId) {
        Checks.inRange(take, 1, FeedbackQuery.MAX_TAKE, "take");
        Checks.inRange(skip, 0, FeedbackQuery.MAX_SKIP, "skip");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("take", take);
        params.put("skip", skip);
        params.put("order", (order == null ? FeedbackQuery.Order.DATE_DESC : order).wire());
        params.put("nmId", nmId);
        FeedbackList list = session.fqData(get("/api/v1/feedbacks/archive", params), LIST);
        return list == null ? new FeedbackList(null, null, null) : list;
    }

    /** {@code GET /api/v1/feedback?id=}: one feedback (WB answers 422 for an unknown id). */
    public Feedback get(String id) {
        Checks.requiredText(id, "id", 255);
        return session.fqData(get("/api/v1/feedback", Map.of("id", id)), FEEDBACK);
    }

    /** {@code POST /api/v1/feedbacks/answer}: publishes an answer (2..5000 characters; WB moderates it). */
    public void answer(String id, String text) {
        session.execute(answerCall("POST", id, text));
    }

    /** {@code PATCH /api/v1/feedbacks/answer}: edits the answer (allowed once, within 60 days). */
    public void editAnswer(String id, String text) {
        session.execute(answerCall("PATCH", id, text));
    }

    private WbCall answerCall(String method, String id, String text) {
        Checks.requiredText(id, "id", 255);
        String body = Checks.requiredText(text, "text", 5_000);
        if (body.length() < 2) {
            throw new ru.agentiq.core.ValidationException("text must be 2..5000 characters, was " + body.length());
        }
        JsonNode json = WbJson.mapper().createObjectNode().put("id", id).put("text", body);
        return new WbCall(ApiCategory.FEEDBACKS_QUESTIONS, method, session.http().config().feedbacksBaseUri(),
                "/api/v1/feedbacks/answer", Map.of(), HttpRequest.BodyPublishers.ofString(json.toString()),
                "application/json", true);
    }

    private WbCall get(String path, Map<String, Object> query) {
        return WbCall.get(ApiCategory.FEEDBACKS_QUESTIONS, session.http().config().feedbacksBaseUri(), path, query);
    }

    static Long seconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }
}
