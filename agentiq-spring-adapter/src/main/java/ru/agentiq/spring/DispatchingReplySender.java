package ru.agentiq.spring;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import ru.agentiq.core.autoresponse.ReplySender;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.reply.ReplyDispatcher;
import ru.agentiq.core.reply.ReplyRequest;

/**
 * Auto-responses go out through the same dispatcher as operator replies (WB when a token is configured). The
 * idempotency key is derived from the interaction and the text, so a retried run never answers twice.
 */
final class DispatchingReplySender implements ReplySender {

    private final ReplyDispatcher dispatcher;

    DispatchingReplySender(ReplyDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public boolean send(Interaction interaction, String text) {
        if (!dispatcher.channels().contains(interaction.channel())) {
            return false;
        }
        String key = "auto-" + interaction.id().value() + "-"
                + UUID.nameUUIDFromBytes(text.strip().getBytes(StandardCharsets.UTF_8));
        dispatcher.send(new ReplyRequest(interaction, text.strip(), key));
        return true;
    }
}
