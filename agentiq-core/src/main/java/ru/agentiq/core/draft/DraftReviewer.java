package ru.agentiq.core.draft;

import java.util.List;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.SellerId;

/** Port: the draft-stage guardrail check (seed §c.4). Must be thread-safe and must not change the text. */
@FunctionalInterface
public interface DraftReviewer {

    /**
     * @param customerText what the buyer wrote (a return may be mentioned only if they asked); nullable
     */
    List<DraftWarning> review(SellerId sellerId, Channel channel, String draft, String customerText);

    /** Finds nothing. */
    static DraftReviewer none() {
        return (seller, channel, draft, customer) -> List.of();
    }
}
