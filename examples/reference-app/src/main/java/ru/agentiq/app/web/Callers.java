package ru.agentiq.app.web;

import org.springframework.security.access.AccessDeniedException;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.core.interaction.SellerId;

/** Resolves the tenant of a seller route. */
final class Callers {
    private Callers() {
    }

    /** The caller's seller; an admin key has no seller and is refused on seller routes. */
    static SellerId seller(ApiCaller caller) {
        if (caller == null || caller.sellerId() == null) {
            throw new AccessDeniedException("This route needs a seller API key.");
        }
        return caller.sellerId();
    }

    /** The wallet account of the calling seller. */
    static ru.agentiq.billing.AccountId account(ApiCaller caller) {
        return ru.agentiq.billing.AccountId.of(seller(caller));
    }
}
