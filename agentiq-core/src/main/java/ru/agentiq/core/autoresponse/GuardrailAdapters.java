package ru.agentiq.core.autoresponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import ru.agentiq.core.guardrails.AutoReplyHistory;
import ru.agentiq.core.guardrails.AutoResponseGuard;
import ru.agentiq.core.interaction.InboxQuery;
import ru.agentiq.core.interaction.InboxSort;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.quality.InboxScans;

/**
 * The guardrails module behind the auto-response ports: the unattended checks (seed §c.7) as a
 * {@link StrictReplyCheck}, and the repository as the auto-reply history their repeat check reads. (Draft-stage
 * review: {@link ru.agentiq.core.draft.GuardrailReviewers}.)
 */
public final class GuardrailAdapters {

    private GuardrailAdapters() {
    }

    /** The unattended checks; each reason as {@code type: message}. */
    public static StrictReplyCheck strictCheck(AutoResponseGuard guard) {
        Checks.required(guard, "guard");
        return (seller, channel, reply, now) -> guard.check(seller, channel, reply, now).reasons().stream()
                .map(f -> f.type().wire() + ": " + f.message()).toList();
    }

    /**
     * Auto-replies a seller sent, read from the interactions marked as answered by auto-response: the newest
     * {@code limit} updated at or after {@code since}.
     */
    public static AutoReplyHistory history(InteractionRepository interactions) {
        Checks.required(interactions, "interactions");
        return (SellerId seller, Instant since, int limit) -> {
            List<String> out = new ArrayList<>();
            InboxScans.forEach(interactions, InboxQuery.builder(seller).needsResponse(false).sort(InboxSort.NEWEST),
                    (Interaction i) -> {
                        if (out.size() < limit && i.data().autoResponse() && !i.updatedAt().isBefore(since)) {
                            i.data().extraData().getString("last_reply_text").ifPresent(out::add);
                        }
                    });
            return out;
        };
    }
}
