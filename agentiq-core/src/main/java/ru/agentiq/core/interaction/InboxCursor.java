package ru.agentiq.core.interaction;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * Keyset paging cursor: the sort and the position of the last item returned. Unlike an offset it never repeats or
 * skips an item when interactions are added between page requests. Opaque to clients as {@link #encode()}.
 *
 * @param sort     the order the cursor was made for
 * @param position the last item of the previous page
 */
public record InboxCursor(InboxSort sort, InboxPosition position) {

    private static final String VERSION = "c1";
    private static final String NONE = "-";

    public InboxCursor {
        Checks.required(sort, "sort");
        Checks.required(position, "position");
    }

    /** URL-safe text form. */
    public String encode() {
        String raw = String.join("|", VERSION, sort.wire(), Integer.toString(position.priorityRank()),
                instant(position.slaDueAt()), instant(position.occurredAt()), instant(position.createdAt()),
                Long.toString(position.id()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses {@link #encode()} output.
     *
     * @throws ValidationException when {@code text} is not a cursor this version produced
     */
    public static InboxCursor decode(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("cursor must not be blank");
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(text.strip()), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 7 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("unknown layout");
            }
            InboxPosition position = new InboxPosition(Integer.parseInt(parts[2]), parseInstant(parts[3]),
                    parseInstant(parts[4]), parseInstant(parts[5]), Long.parseLong(parts[6]));
            return new InboxCursor(InboxSort.fromWire(parts[1]), position);
        } catch (IllegalArgumentException | DateTimeParseException | ValidationException e) {
            throw new ValidationException("cursor is not valid: '" + abbreviate(text) + "'");
        }
    }

    private static String instant(Instant value) {
        return value == null ? NONE : value.toString();
    }

    private static Instant parseInstant(String value) {
        return NONE.equals(value) ? null : Instant.parse(value);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
