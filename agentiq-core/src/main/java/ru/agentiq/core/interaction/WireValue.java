package ru.agentiq.core.interaction;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.agentiq.core.ValidationException;

/**
 * An enum constant with the lower-case string it has on the wire (JSON, database, the seed system's API), for example
 * {@code wb_api} for {@link InteractionSource#WB_API}.
 */
public interface WireValue {

    /** The string this constant has in JSON, in the database and in the seed system. */
    String wire();

    /**
     * Parses a wire value, ignoring case and surrounding blanks.
     *
     * @throws ValidationException naming the field and the accepted values when {@code value} is not one of them
     */
    static <E extends Enum<E> & WireValue> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field + " is required");
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.wire().equals(wanted)) {
                return constant;
            }
        }
        throw new ValidationException(field + " must be one of " + allowed(type) + ", was '" + value + "'");
    }

    /** The accepted wire values of {@code type}, separated by {@code |}. */
    static <E extends Enum<E> & WireValue> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).collect(Collectors.joining("|"));
    }
}
