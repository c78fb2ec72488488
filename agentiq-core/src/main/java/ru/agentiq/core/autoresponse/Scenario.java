package ru.agentiq.core.autoresponse;

import java.util.EnumSet;
import java.util.Set;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.internal.Checks;

/**
 * The rule for one intent.
 *
 * @param intent   the intent label
 * @param action   auto, draft or block
 * @param channels channels where it applies; empty means every channel
 * @param enabled  whether the rule is on
 */
public record Scenario(String intent, ScenarioAction action, Set<Channel> channels, boolean enabled) {

    public Scenario {
        intent = Checks.requiredText(intent, "intent", 64);
        Checks.required(action, "action");
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
    }

    public Scenario withEnabled(boolean value) {
        return new Scenario(intent, action, channels, value);
    }

    public Scenario withAction(ScenarioAction value) {
        return new Scenario(intent, value, channels, enabled);
    }

    public Scenario withChannels(Set<Channel> value) {
        return new Scenario(intent, action, value, enabled);
    }

    /** Whether it applies on {@code channel}. */
    public boolean covers(Channel channel) {
        return channels.isEmpty() || channels.contains(channel);
    }
}
