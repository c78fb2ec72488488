package ru.agentiq.wb.auth;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;

/** Thread-safe {@link CredentialStore} in the heap (tests, the CLI, single-process embedding). */
public final class InMemoryCredentialStore implements CredentialStore {

    private final Map<SellerId, WbToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<WbToken> token(SellerId sellerId) {
        return Optional.ofNullable(tokens.get(Checks.required(sellerId, "sellerId")));
    }

    @Override
    public void save(SellerId sellerId, WbToken token) {
        tokens.put(Checks.required(sellerId, "sellerId"), Checks.required(token, "token"));
    }

    @Override
    public void remove(SellerId sellerId) {
        tokens.remove(Checks.required(sellerId, "sellerId"));
    }
}
