package ru.agentiq.jdbc.wb;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.Dialect;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;
import ru.agentiq.wb.auth.CredentialStore;
import ru.agentiq.wb.auth.WbToken;

/**
 * {@link CredentialStore} on the {@code wb_credentials} table, tokens encrypted at rest with AES-256-GCM under
 * {@link CredentialKeys}: a random nonce per write, the seller and key id as associated data (a row copied to another
 * seller does not decrypt), the key id and a key check value stored beside the ciphertext. Reading with the wrong key
 * throws {@link WrongCredentialKeyException}, reading altered data {@link TamperedCredentialException}; neither ever
 * returns garbage. Tokens appear in no log line, exception message or {@code toString()} — only their fingerprint.
 */
public final class JdbcCredentialStore implements CredentialStore {

    private static final Logger log = LoggerFactory.getLogger(JdbcCredentialStore.class);

    private final Jdbi jdbi;
    private final TokenCipher cipher;
    private final CredentialKeys keys;
    private final Clock clock;
    private final String upsert;

    public JdbcCredentialStore(Jdbi jdbi, Dialect dialect, CredentialKeys keys, Clock clock) {
        this.jdbi = Checks.required(jdbi, "jdbi");
        this.keys = Checks.required(keys, "keys");
        this.cipher = new TokenCipher(keys);
        this.clock = Checks.required(clock, "clock");
        this.upsert = Checks.required(dialect, "dialect").upsert("wb_credentials", List.of("seller_id"),
                List.of("seller_id", "key_id", "key_check", "nonce", "ciphertext", "token_fingerprint",
                        "updated_at"));
    }

    /**
     * @throws WrongCredentialKeyException when the token was encrypted with a key that is not configured
     * @throws TamperedCredentialException when the stored data was altered
     */
    @Override
    public Optional<WbToken> token(SellerId sellerId) {
        Checks.required(sellerId, "sellerId");
        return jdbi.withHandle(handle -> read(handle, sellerId, false))
                .map(sealed -> WbToken.of(cipher.open(sellerId, sealed)));
    }

    @Override
    public void save(SellerId sellerId, WbToken token) {
        Checks.required(sellerId, "sellerId");
        Checks.required(token, "token");
        Transactions.retrying(jdbi, handle -> write(handle, sellerId, token));
        log.debug("wb_credentials_saved seller={} token={} key={}", sellerId, token.fingerprint(),
                keys.currentKeyId());
    }

    @Override
    public void remove(SellerId sellerId) {
        Checks.required(sellerId, "sellerId");
        int removed = jdbi.withHandle(handle -> handle.createUpdate(
                "DELETE FROM wb_credentials WHERE seller_id = :seller").bind("seller", sellerId.value()).execute());
        if (removed > 0) {
            log.debug("wb_credentials_removed seller={}", sellerId);
        }
    }

    /**
     * Re-encrypts with the current key every token written with a retired one — the middle step of a key rotation.
     * Each token is decrypted and rewritten in its own transaction with its row locked, so concurrent saves win
     * cleanly.
     *
     * @return how many tokens were re-encrypted
     * @throws CredentialDecryptionException when a token cannot be decrypted with the configured keys (nothing after
     *                                       it is rewritten; the ones before stay rewritten)
     */
    public int reencryptAll() {
        List<Long> sellers = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT seller_id FROM wb_credentials WHERE key_id <> :current ORDER BY seller_id")
                .bind("current", keys.currentKeyId())
                .mapTo(Long.class)
                .list());
        int rewritten = 0;
        for (long id : sellers) {
            SellerId sellerId = SellerId.of(id);
            boolean done = Transactions.retrying(jdbi, handle -> {
                Optional<TokenCipher.Sealed> sealed = read(handle, sellerId, true);
                if (sealed.isEmpty() || cipher.isCurrent(sealed.get().keyId())) {
                    return false;
                }
                write(handle, sellerId, WbToken.of(cipher.open(sellerId, sealed.get())));
                return true;
            });
            rewritten += done ? 1 : 0;
        }
        log.info("wb_credentials_reencrypted count={} key={}", rewritten, keys.currentKeyId());
        return rewritten;
    }

    private Optional<TokenCipher.Sealed> read(Handle handle, SellerId sellerId, boolean lock) {
        return handle.createQuery("SELECT key_id, key_check, nonce, ciphertext FROM wb_credentials "
                        + "WHERE seller_id = :seller" + (lock ? " FOR UPDATE" : ""))
                .bind("seller", sellerId.value())
                .map((rs, ctx) -> new TokenCipher.Sealed(rs.getString("key_id"), rs.getString("key_check"),
                        rs.getBytes("nonce"), rs.getBytes("ciphertext")))
                .findOne();
    }

    private int write(Handle handle, SellerId sellerId, WbToken token) {
        // the header value without the Bearer prefix is the raw token itself
        TokenCipher.Sealed sealed = cipher.seal(sellerId, token.authorizationHeader(false));
        return handle.createUpdate(upsert)
                .bind("seller_id", sellerId.value())
                .bind("key_id", sealed.keyId())
                .bind("key_check", sealed.keyCheck())
                .bind("nonce", sealed.nonce())
                .bind("ciphertext", sealed.ciphertext())
                .bind("token_fingerprint", token.fingerprint())
                .bind("updated_at", Timestamps.bind(Checks.micros(clock.instant())))
                .execute();
    }

    @Override
    public String toString() {
        return "JdbcCredentialStore[" + keys + "]";
    }
}
