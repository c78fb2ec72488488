package ru.agentiq.core.draft;

import java.util.Locale;
import ru.agentiq.core.internal.Checks;

/**
 * A seller's draft settings, read on every draft so changes apply without a restart (plan item 44).
 *
 * @param tone       how replies should sound; the seed's default when nothing is stored is {@code neutral}
 * @param llmEnabled whether to call the model at all (off → keyword fallback and templates)
 * @param provider   who serves the model ({@code deepseek}, {@code openrouter}, …)
 * @param model      the provider's model id ({@code deepseek-chat})
 */
public record DraftSettings(Tone tone, boolean llmEnabled, String provider, String model) {

    public static final String DEFAULT_PROVIDER = "deepseek";
    public static final String DEFAULT_MODEL = "deepseek-chat";

    private static final DraftSettings DEFAULTS = new DraftSettings(Tone.NEUTRAL, true, DEFAULT_PROVIDER,
            DEFAULT_MODEL);

    public DraftSettings {
        Checks.required(tone, "tone");
        provider = Checks.requiredText(provider, "provider", 64).toLowerCase(Locale.ROOT);
        model = Checks.requiredText(model, "model", 128);
    }

    public static DraftSettings defaults() {
        return DEFAULTS;
    }

    /**
     * The seed's parsing of a stored {@code llm_enabled} value: {@code 1,true,yes,on} and {@code 0,false,no,off}
     * (any case, trimmed); anything else gives {@code fallback}.
     */
    public static boolean parseEnabled(String value, boolean fallback) {
        if (value == null) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> fallback;
        };
    }

    public DraftSettings withTone(Tone value) {
        return new DraftSettings(value, llmEnabled, provider, model);
    }

    public DraftSettings withLlm(boolean enabled, String newProvider, String newModel) {
        return new DraftSettings(tone, enabled, newProvider, newModel);
    }
}
