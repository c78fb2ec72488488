package ru.agentiq.core.linking;

import java.util.Collection;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * Decides whether automation (auto-replies, auto-escalation, merging threads) may rely on a link. The rule of the
 * plan and the seed (§d.3):
 * <table>
 *   <caption>action policy</caption>
 *   <tr><th>link</th><th>action mode</th><th>reason</th></tr>
 *   <tr><td>probabilistic, any confidence</td><td>assist_only</td><td>probabilistic_link_assist_only</td></tr>
 *   <tr><td>deterministic, confidence below the threshold (0.85)</td><td>assist_only</td>
 *       <td>deterministic_below_confidence_threshold</td></tr>
 *   <tr><td>deterministic, confidence at or above the threshold</td><td>auto_allowed</td>
 *       <td>deterministic_confidence_ok</td></tr>
 * </table>
 * Confidence is clamped to 0..1 first. A link is only deterministic when an order id or customer id matched, so a
 * buyer's name — however confident — can never be the basis of an automatic action. Immutable and thread-safe.
 */
public final class ActionPolicy {

    private static final ActionPolicy DEFAULT = new ActionPolicy(LinkingConfig.DEFAULT_AUTO_ACTION_THRESHOLD);

    private final int thresholdMillis;

    /** A policy with the given automation threshold (0..1, at most three decimals). */
    public ActionPolicy(double autoActionThreshold) {
        this.thresholdMillis = LinkingConfig.toMillis(autoActionThreshold, "autoActionThreshold");
    }

    /** The policy with the default threshold, {@value LinkingConfig#DEFAULT_AUTO_ACTION_THRESHOLD}. */
    public static ActionPolicy defaults() {
        return DEFAULT;
    }

    /** The policy with {@code config}'s automation threshold. */
    public static ActionPolicy of(LinkingConfig config) {
        Checks.required(config, "config");
        return config.autoActionThresholdMillis() == DEFAULT.thresholdMillis ? DEFAULT
                : new ActionPolicy(config.autoActionThreshold());
    }

    public double autoActionThreshold() {
        return LinkingConfig.fromMillis(thresholdMillis);
    }

    /**
     * The decision for a link of {@code type} with {@code confidence} (clamped to 0..1).
     *
     * @throws ValidationException when {@code type} is missing or {@code confidence} is NaN
     */
    public ActionDecision evaluate(LinkType type, double confidence) {
        Checks.required(type, "linkType");
        if (Double.isNaN(confidence)) {
            throw new ValidationException("confidence must be a number, was NaN");
        }
        if (type != LinkType.DETERMINISTIC) {
            return ActionDecision.PROBABILISTIC_ASSIST_ONLY;
        }
        double clamped = Math.max(0, Math.min(1, confidence));
        // Scores are thousandths divided by 1000, so comparing with the threshold as the same double is exact.
        return clamped >= LinkingConfig.fromMillis(thresholdMillis)
                ? ActionDecision.DETERMINISTIC_AUTO_ALLOWED
                : ActionDecision.DETERMINISTIC_BELOW_THRESHOLD;
    }

    /**
     * The decision for a link backed by {@code signals}: deterministic only when an order or customer id is among
     * them, whatever else matched.
     */
    public ActionDecision evaluate(Collection<LinkSignal> signals, double confidence) {
        Checks.required(signals, "signals");
        boolean deterministic = signals.stream().anyMatch(LinkSignal::isDeterministic);
        return evaluate(deterministic ? LinkType.DETERMINISTIC : LinkType.PROBABILISTIC, confidence);
    }

    int thresholdMillis() {
        return thresholdMillis;
    }
}
