package ru.agentiq.core.autoresponse;

import ru.agentiq.core.internal.Checks;

/**
 * What the pipeline reads about a seller.
 *
 * @param config  the auto-response configuration
 * @param sandbox sandbox mode: run everything, send nothing, record what would have been sent (seed §h.3)
 */
public record AutoResponseSettings(AutoResponseConfig config, boolean sandbox) {

    public AutoResponseSettings {
        Checks.required(config, "config");
    }
}
