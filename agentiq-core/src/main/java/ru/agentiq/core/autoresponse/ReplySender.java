package ru.agentiq.core.autoresponse;

import ru.agentiq.core.interaction.Interaction;

/** Port: publishes a reply on the marketplace (WB feedback answer, question patch, chat message). */
@FunctionalInterface
public interface ReplySender {

    /**
     * @return whether the marketplace accepted the reply
     * @throws RuntimeException when it could not be sent (the pipeline then skips the item)
     */
    boolean send(Interaction interaction, String text);
}
