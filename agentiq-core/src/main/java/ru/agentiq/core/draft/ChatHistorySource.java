package ru.agentiq.core.draft;

import java.util.List;
import ru.agentiq.core.interaction.Interaction;

/** Port: the latest messages of a chat interaction, oldest first. */
@FunctionalInterface
public interface ChatHistorySource {

    List<ChatLine> lastMessages(Interaction chat, int limit);

    static ChatHistorySource none() {
        return (chat, limit) -> List.of();
    }
}
