package ru.agentiq.wb.normalize;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.agentiq.core.ValidationException;

/** What a WB payload is, for {@link WbPayloads#normalize}. */
public enum PayloadKind {
    /** {@code GET /api/v1/feedbacks} or {@code /archive}: {@code {data:{feedbacks:[…]}}}. */
    FEEDBACKS("feedbacks"),
    /** {@code GET /api/v1/feedback}: {@code {data:{…}}}. */
    FEEDBACK("feedback"),
    /** {@code GET /api/v1/questions}: {@code {data:{questions:[…]}}}. */
    QUESTIONS("questions"),
    /** {@code GET /api/v1/question}: {@code {data:{…}}}. */
    QUESTION("question"),
    /** {@code GET /api/v1/seller/chats}: {@code {result:[…]}}. */
    CHATS("chats"),
    /** {@code GET /api/v1/seller/events}: {@code {result:{events:[…]}}}. */
    EVENTS("events");

    private final String wire;

    PayloadKind(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static PayloadKind fromWire(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (PayloadKind kind : values()) {
            if (kind.wire.equals(wanted)) {
                return kind;
            }
        }
        throw new ValidationException("kind must be one of " + Arrays.stream(values()).map(PayloadKind::wire)
                .collect(Collectors.joining("|")) + ", was '" + value + "'");
    }
}
