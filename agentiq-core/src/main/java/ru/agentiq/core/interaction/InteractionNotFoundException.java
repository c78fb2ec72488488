package ru.agentiq.core.interaction;

import ru.agentiq.core.NotFoundException;

/** No interaction with this id exists for this seller. */
public class InteractionNotFoundException extends NotFoundException {
    private static final long serialVersionUID = 1L;

    public InteractionNotFoundException(SellerId sellerId, InteractionId id) {
        super("interaction " + id + " not found for seller " + sellerId);
    }
}
