package ru.agentiq.core.linking;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.internal.Checks;

/**
 * What one change to a {@link LinkIndex} did: the new candidate lists of every interaction whose candidates changed.
 * The subject of the change comes first when its own candidates were computed (always, for a new interaction);
 * the others are the reciprocal refreshes — interactions that now list the subject, or lost or re-ranked a candidate
 * because of it.
 *
 * @param subject the interaction that was added or changed
 * @param changed new candidate lists by interaction, subject first; empty when nothing changed
 */
public record LinkUpdate(InteractionId subject, Map<InteractionId, List<LinkCandidate>> changed) {

    public LinkUpdate {
        Checks.required(subject, "subject");
        Checks.required(changed, "changed");
        Map<InteractionId, List<LinkCandidate>> copy = new LinkedHashMap<>();
        changed.forEach((id, list) -> copy.put(Checks.required(id, "changed id"), List.copyOf(list)));
        changed = Collections.unmodifiableMap(copy);
    }

    /** An update that changed nothing (the interaction was already indexed with the same linking features). */
    public static LinkUpdate unchanged(InteractionId subject) {
        return new LinkUpdate(subject, Map.of());
    }

    public boolean isEmpty() {
        return changed.isEmpty();
    }
}
