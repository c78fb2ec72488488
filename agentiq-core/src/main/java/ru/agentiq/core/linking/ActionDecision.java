package ru.agentiq.core.linking;

import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * What {@link ActionPolicy} allows for one link: the mode and the reason, in the seed system's vocabulary.
 *
 * @param actionMode whether automation may rely on the link
 * @param reason     why
 */
public record ActionDecision(ActionMode actionMode, PolicyReason reason) {

    /** Probabilistic links: assist only. */
    public static final ActionDecision PROBABILISTIC_ASSIST_ONLY =
            new ActionDecision(ActionMode.ASSIST_ONLY, PolicyReason.PROBABILISTIC_LINK_ASSIST_ONLY);
    /** Deterministic but not confident enough: assist only. */
    public static final ActionDecision DETERMINISTIC_BELOW_THRESHOLD =
            new ActionDecision(ActionMode.ASSIST_ONLY, PolicyReason.DETERMINISTIC_BELOW_CONFIDENCE_THRESHOLD);
    /** Deterministic and confident: automation allowed. */
    public static final ActionDecision DETERMINISTIC_AUTO_ALLOWED =
            new ActionDecision(ActionMode.AUTO_ALLOWED, PolicyReason.DETERMINISTIC_CONFIDENCE_OK);

    public ActionDecision {
        Checks.required(actionMode, "actionMode");
        Checks.required(reason, "reason");
        if ((actionMode == ActionMode.AUTO_ALLOWED) != (reason == PolicyReason.DETERMINISTIC_CONFIDENCE_OK)) {
            throw new ValidationException("actionMode " + actionMode.wire() + " contradicts policy reason "
                    + reason.wire());
        }
    }

    /** The seed's {@code auto_action_allowed}. */
    public boolean autoActionAllowed() {
        return actionMode == ActionMode.AUTO_ALLOWED;
    }
}
