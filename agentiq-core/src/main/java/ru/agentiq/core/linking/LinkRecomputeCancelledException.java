package ru.agentiq.core.linking;

import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.interaction.SellerId;

/**
 * A link recomputation stopped because its thread was interrupted. Batches stored before stay stored; running the
 * recomputation again brings every interaction up to date.
 */
public class LinkRecomputeCancelledException extends AgentIqException {
    private static final long serialVersionUID = 1L;

    public LinkRecomputeCancelledException(SellerId sellerId, long stored) {
        super("link recomputation of seller " + sellerId + " was interrupted after " + stored
                + " interactions were stored");
    }
}
