package ru.agentiq.billing.internal;

import ru.agentiq.core.ValidationException;

/** Argument checks that throw {@link ValidationException} with a sentence naming the field. */
public final class Args {
    private Args() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw new ValidationException(field + " is required");
        }
        return value;
    }

    /** Non-blank text, trimmed, at most {@code maxLength} characters. */
    public static String requiredText(String value, String field, int maxLength) {
        String trimmed = optionalText(value, field, maxLength);
        if (trimmed == null) {
            throw new ValidationException(field + " is required and must not be blank");
        }
        return trimmed;
    }

    /** Trimmed text, or {@code null} when absent or blank; longer than {@code maxLength} is rejected. */
    public static String optionalText(String value, String field, int maxLength) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > maxLength) {
            throw new ValidationException(
                    field + " must be at most " + maxLength + " characters, was " + trimmed.length());
        }
        return trimmed;
    }

    public static long positive(long value, String field) {
        if (value <= 0) {
            throw new ValidationException(field + " must be positive, was " + value);
        }
        return value;
    }

    public static int inRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new ValidationException(field + " must be " + min + ".." + max + ", was " + value);
        }
        return value;
    }
}
