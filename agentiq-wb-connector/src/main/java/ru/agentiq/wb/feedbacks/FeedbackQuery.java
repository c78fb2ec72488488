package ru.agentiq.wb.feedbacks;

import java.time.Instant;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * Parameters of {@code GET /api/v1/feedbacks}.
 *
 * @param answered whether to list processed (answered) feedbacks or unprocessed ones
 * @param take     1..{@value #MAX_TAKE}
 * @param skip     0..{@value #MAX_SKIP}
 * @param order    newest or oldest first
 * @param nmId     only this product; nullable
 * @param from     created at or after (sent as Unix seconds); nullable
 * @param to       created at or before (sent as Unix seconds); nullable
 */
public record FeedbackQuery(boolean answered, int take, int skip, Order order, Long nmId, Instant from, Instant to) {

    public static final int MAX_TAKE = 5_000;
    public static final int MAX_SKIP = 199_990;

    /** WB's {@code order} values. */
    public enum Order {
        DATE_DESC("dateDesc"), DATE_ASC("dateAsc");

        private final String wire;

        Order(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public FeedbackQuery {
        Checks.inRange(take, 1, MAX_TAKE, "take");
        Checks.inRange(skip, 0, MAX_SKIP, "skip");
        Checks.required(order, "order");
        if (from != null && to != null && from.isAfter(to)) {
            throw new ValidationException("from must not be after to, was " + from + " > " + to);
        }
    }

    /** Newest first, no filters. */
    public static FeedbackQuery page(boolean answered, int take, int skip) {
        return new FeedbackQuery(answered, take, skip, Order.DATE_DESC, null, null, null);
    }
}
