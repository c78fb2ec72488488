package ru.agentiq.core.draft;

import java.util.Map;
import ru.agentiq.core.interaction.ExtraData;

/** Where an interaction's intent is recorded: by prioritisation at ingest, by an auto-response, or by a draft. */
public final class Intents {

    private static final String[] KEYS = {"question_intent", "chat_intent", "auto_response_intent"};

    private Intents() {
    }

    /** The recorded intent, or null. */
    public static String of(ExtraData extra) {
        if (extra == null) {
            return null;
        }
        for (String key : KEYS) {
            String v = extra.getString(key).orElse(null);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        if (extra.get("last_ai_draft").orElse(null) instanceof Map<?, ?> draft
                && draft.get("intent") instanceof String s && !s.isBlank()) {
            return s;
        }
        return null;
    }
}
