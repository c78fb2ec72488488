package ru.agentiq.wb.contract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A response or request body the contract documents, and the fixture file names that hold one.
 *
 * @param method   HTTP method
 * @param path     OpenAPI path
 * @param status   response status; 0 for the request body
 * @param prefixes file-name prefixes (without {@code .json}) of payloads of this operation
 */
public record Operation(String method, String path, int status, List<String> prefixes) {

    /** The operations the connector uses, with the names of the fixtures in {@code shared/wb-api/fixtures}. */
    public static final List<Operation> CATALOG = List.of(
            new Operation("get", "/api/v1/feedbacks/archive", 200, List.of("feedbacks_archive_list")),
            new Operation("get", "/api/v1/feedbacks/count-unanswered", 200, List.of("feedbacks_count_unanswered")),
            new Operation("get", "/api/v1/feedbacks/count", 200, List.of("feedbacks_count")),
            new Operation("get", "/api/v1/feedbacks", 200, List.of("feedbacks_list", "feedbacks_page")),
            new Operation("get", "/api/v1/feedback", 200, List.of("feedback_by_id")),
            new Operation("get", "/api/v1/questions/count-unanswered", 200, List.of("questions_count_unanswered")),
            new Operation("get", "/api/v1/questions/count", 200, List.of("questions_count")),
            new Operation("get", "/api/v1/questions", 200, List.of("questions_list", "questions_page")),
            new Operation("get", "/api/v1/question", 200, List.of("question_by_id")),
            new Operation("patch", "/api/v1/questions", 200, List.of("question_patch_response")),
            new Operation("patch", "/api/v1/questions", 0, List.of("question_patch_view_request",
                    "question_patch_reject_request", "question_patch_answer_request")),
            new Operation("get", "/api/v1/new-feedbacks-questions", 200, List.of("new_feedbacks_questions")),
            new Operation("post", "/api/v1/feedbacks/answer", 0, List.of("feedback_answer_request")),
            new Operation("patch", "/api/v1/feedbacks/answer", 0, List.of("feedback_answer_edit_request")),
            new Operation("post", "/api/v1/feedbacks/order/return", 0, List.of("feedback_order_return_request")),
            new Operation("get", "/api/v1/seller/chats", 200, List.of("chats_list")),
            new Operation("get", "/api/v1/seller/events", 200, List.of("chat_events")),
            new Operation("post", "/api/v1/seller/message", 200, List.of("chat_message_send_response")),
            new Operation("get", "/api/v1/seller/download/{id}", 202, List.of("chat_download_202")),
            new Operation("get", "/api/v1/seller/download/{id}", 451, List.of("error_chat_download_451")),
            new Operation("get", "/api/v1/seller/download/{id}", 400, List.of("error_chat_download_400")),
            new Operation("get", "/api/v1/seller/events", 400, List.of("error_chat_events_400")),
            new Operation("post", "/api/v1/seller/message", 400, List.of("error_chat_message_400")),
            new Operation("post", "/api/v1/feedbacks/answer", 400, List.of("error_feedback_answer_400")),
            new Operation("get", "/api/v1/feedbacks", 400, List.of("error_fq_400")),
            new Operation("get", "/api/v1/feedbacks", 403, List.of("error_fq_403")),
            new Operation("patch", "/api/v1/questions", 404, List.of("error_fq_404_question_patch")),
            new Operation("get", "/api/v1/question", 422, List.of("error_fq_422_question_by_id")),
            new Operation("get", "/api/v1/feedback", 422, List.of("error_fq_422_feedback_by_id")),
            new Operation("post", "/api/v1/feedbacks/order/return", 422, List.of("error_fq_422_order_return")),
            new Operation("get", "/api/v1/feedbacks", 401, List.of("error_401")),
            new Operation("get", "/api/v1/feedbacks", 402, List.of("error_402")),
            new Operation("get", "/api/v1/feedbacks", 429, List.of("error_429")));

    /** The operation whose prefix is the longest match of {@code fileName}. */
    public static Optional<Operation> forFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        Operation best = null;
        int bestLength = -1;
        for (Operation op : CATALOG) {
            for (String prefix : op.prefixes()) {
                if (name.startsWith(prefix) && prefix.length() > bestLength) {
                    best = op;
                    bestLength = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** {@code GET /api/v1/feedbacks 200} or {@code PATCH /api/v1/questions request}. */
    public String label() {
        return method.toUpperCase(Locale.ROOT) + " " + path + (status == 0 ? " request" : " " + status);
    }
}
