package ru.agentiq.core.reply;

/**
 * Port: told about every reply {@link ReplyService} completes (response history, metrics), without wrapping the
 * service. Called on the replying thread after the interaction was marked responded; must be quick and thread-safe.
 * An exception it throws is logged and ignored: the reply has been delivered, and a follow-up that fails must not make
 * the operator believe otherwise (and retry).
 *
 * <p>Called once per completion: a retry that finds the reply already completed calls nobody; a retry that completes
 * an earlier delivery calls listeners again with the same reply, so a listener must be idempotent per interaction.
 */
@FunctionalInterface
public interface ReplyListener {

    void onReply(SentReply reply);

    /** A listener that does nothing. */
    static ReplyListener none() {
        return reply -> {
        };
    }
}
