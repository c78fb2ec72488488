package ru.agentiq.jdbc.wb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.testing.Tokens;

/** Encryption at rest: what is in the table, wrong keys, altered rows, rotation, and where the token never shows. */
class JdbcCredentialStoreTest {

    private static final SellerId SELLER = SellerId.of(1);
    private static final SellerId OTHER_SELLER = SellerId.of(2);
    private static final String RAW = Tokens.personal();
    private static final WbToken TOKEN = WbToken.of(RAW);
    private static final String KEY_1 = CredentialKeys.generateKey();
    private static final String KEY_2 = CredentialKeys.generateKey();

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("h2", TestDatabases.h2()), Arguments.of("postgres", TestDatabases.postgres()));
    }

    private static JdbcCredentialStore store(DataSource database, CredentialKeys keys) {
        return JdbcWbAdapters.create(AgentIqJdbc.builder(database).migrate(false).build(), keys).credentials();
    }

    private static Map<String, Object> row(DataSource database, SellerId seller) {
        return Jdbi.create(database).withHandle(h -> h.createQuery("SELECT key_id, key_check, nonce, ciphertext, "
                + "token_fingerprint FROM wb_credentials WHERE seller_id = :s").bind("s", seller.value()).mapToMap()
                .one());
    }

    private static void setBytes(DataSource database, SellerId seller, String column, byte[] value) {
        Jdbi.create(database).useHandle(h -> h.createUpdate("UPDATE wb_credentials SET " + column
                + " = :v WHERE seller_id = :s").bind("v", value).bind("s", seller.value()).execute());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void storesOnlyCiphertextWithAFreshNonceAndTheKeyIdAndFingerprint(String name, DataSource database) {
        JdbcCredentialStore store = store(database, CredentialKeys.of("k1", KEY_1));

        store.save(SELLER, TOKEN);
        Map<String, Object> first = row(database, SELLER);
        store.save(SELLER, TOKEN);
        Map<String, Object> second = row(database, SELLER);

        byte[] ciphertext = (byte[]) first.get("ciphertext");
        String asText = new String(ciphertext, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain(Tokens.SECRET_MARKER).doesNotContain(RAW.substring(0, 20));
        assertThat(ciphertext).hasSize(RAW.getBytes(StandardCharsets.UTF_8).length + 16);
        assertThat((byte[]) first.get("nonce")).hasSize(12).isNotEqualTo(second.get("nonce"));
        assertThat(ciphertext).isNotEqualTo(second.get("ciphertext"));
        assertThat(first).containsEntry("key_id", "k1").containsEntry("token_fingerprint", TOKEN.fingerprint());
        assertThat(store.token(SELLER)).contains(TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDifferentKeyUnderTheSameIdIsAWrongKeyErrorNotGarbage(String name, DataSource database) {
        store(database, CredentialKeys.of("k1", KEY_1)).save(SELLER, TOKEN);
        JdbcCredentialStore misconfigured = store(database, CredentialKeys.of("k1", KEY_2));

        assertThatThrownBy(() -> misconfigured.token(SELLER))
                .isInstanceOfSatisfying(WrongCredentialKeyException.class, e -> {
                    assertThat(e.sellerId()).isEqualTo(SELLER);
                    assertThat(e.keyId()).isEqualTo("k1");
                })
                .hasMessage("the WB token of seller 1 was encrypted with a different key than the one configured "
                        + "as k1");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aKeyIdThatIsNotConfiguredIsAWrongKeyError(String name, DataSource database) {
        store(database, CredentialKeys.of("k1", KEY_1)).save(SELLER, TOKEN);

        assertThatThrownBy(() -> store(database, CredentialKeys.of("k2", KEY_2)).token(SELLER))
                .isInstanceOf(WrongCredentialKeyException.class)
                .hasMessage("the WB token of seller 1 was encrypted with credential key k1, which is not configured "
                        + "(configured: [k2])");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void alteredCiphertextOrNonceIsATamperedError(String name, DataSource database) {
        JdbcCredentialStore store = store(database, CredentialKeys.of("k1", KEY_1));
        store.save(SELLER, TOKEN);
        byte[] ciphertext = (byte[]) row(database, SELLER).get("ciphertext");
        byte[] nonce = (byte[]) row(database, SELLER).get("nonce");

        ciphertext[5] ^= 0x01;
        setBytes(database, SELLER, "ciphertext", ciphertext);
        assertThatThrownBy(() -> store.token(SELLER)).isInstanceOf(TamperedCredentialException.class)
                .hasMessageContaining("failed authentication under credential key k1");

        ciphertext[5] ^= 0x01;
        setBytes(database, SELLER, "ciphertext", ciphertext);
        assertThat(store.token(SELLER)).contains(TOKEN);
        nonce[0] ^= 0x01;
        setBytes(database, SELLER, "nonce", nonce);
        assertThatThrownBy(() -> store.token(SELLER)).isInstanceOf(TamperedCredentialException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRowCopiedToAnotherSellerDoesNotDecrypt(String name, DataSource database) {
        JdbcCredentialStore store = store(database, CredentialKeys.of("k1", KEY_1));
        store.save(SELLER, TOKEN);
        store.save(OTHER_SELLER, WbToken.of(Tokens.jwt(3, 0, java.time.Instant.parse("2027-01-01T00:00:00Z"))));
        Map<String, Object> mine = row(database, SELLER);

        setBytes(database, OTHER_SELLER, "nonce", (byte[]) mine.get("nonce"));
        setBytes(database, OTHER_SELLER, "ciphertext", (byte[]) mine.get("ciphertext"));

        assertThatThrownBy(() -> store.token(OTHER_SELLER)).isInstanceOf(TamperedCredentialException.class)
                .hasMessageContaining("seller 2");
        assertThat(store.token(SELLER)).contains(TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rotationReadsRetiredKeysAndReencryptsUnderTheCurrentOne(String name, DataSource database) {
        store(database, CredentialKeys.of("k1", KEY_1)).save(SELLER, TOKEN);
        JdbcCredentialStore rotating = store(database,
                CredentialKeys.builder().current("k2", KEY_2).retired("k1", KEY_1).build());
        rotating.save(OTHER_SELLER, TOKEN);

        assertThat(rotating.token(SELLER)).contains(TOKEN);
        assertThat(rotating.reencryptAll()).isEqualTo(1);
        assertThat(rotating.reencryptAll()).isZero();

        assertThat(row(database, SELLER)).containsEntry("key_id", "k2");
        JdbcCredentialStore newKeyOnly = store(database, CredentialKeys.of("k2", KEY_2));
        assertThat(newKeyOnly.token(SELLER)).contains(TOKEN);
        assertThat(newKeyOnly.token(OTHER_SELLER)).contains(TOKEN);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theTokenAndKeysNeverShowInLogsMessagesOrToString(String name, DataSource database) {
        JdbcCredentialStore store = store(database, CredentialKeys.of("k1", KEY_1));
        ByteArrayOutputStream logs = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        StringBuilder messages = new StringBuilder();
        System.setErr(new PrintStream(logs, true, StandardCharsets.UTF_8));
        try {
            store.save(SELLER, TOKEN);
            store.token(SELLER);
            store.remove(SELLER);
            store.save(SELLER, TOKEN);
            try {
                store(database, CredentialKeys.of("k1", KEY_2)).token(SELLER);
            } catch (CredentialDecryptionException e) {
                messages.append(e).append('\n');
            }
        } finally {
            System.setErr(stderr);
        }
        String logged = logs.toString(StandardCharsets.UTF_8);

        assertThat(logged).as("the debug lines are on, with the fingerprint").contains(TOKEN.fingerprint());
        for (String text : new String[] {logged, messages.toString(), store.toString(),
                JdbcWbAdapters.create(AgentIqJdbc.builder(database).migrate(false).build(),
                        CredentialKeys.of("k1", KEY_1)).credentials().toString()}) {
            assertThat(text).doesNotContain(RAW).doesNotContain(Tokens.SECRET_MARKER).doesNotContain(KEY_1)
                    .doesNotContain(KEY_2);
        }
        assertThat(messages).contains("seller 1");
    }
}
