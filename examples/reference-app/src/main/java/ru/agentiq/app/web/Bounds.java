package ru.agentiq.app.web;

import ru.agentiq.core.ValidationException;

/** Query-parameter bounds of the seed's API, checked with the parameter's wire name in the message (→ 422). */
final class Bounds {
    private Bounds() {
    }

    static int check(String parameter, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ValidationException(parameter + " must be " + min + ".." + max + ", was " + value);
        }
        return value;
    }
}
