package ru.agentiq.jdbc.wb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class CredentialKeysTest {

    @Test
    void acceptsStandardAndUrlSafeBase64OfThirtyTwoBytes() {
        byte[] raw = new byte[32];
        raw[0] = (byte) 0xfb;
        raw[1] = (byte) 0xff;

        CredentialKeys keys = CredentialKeys.builder()
                .current("2026-11", Base64.getEncoder().encodeToString(raw))
                .retired("2026-05", Base64.getUrlEncoder().withoutPadding().encodeToString(raw))
                .build();

        assertThat(keys.currentKeyId()).isEqualTo("2026-11");
        assertThat(keys.keyIds()).containsExactlyInAnyOrder("2026-11", "2026-05");
        assertThat(keys).hasToString("CredentialKeys[current=2026-11, all=[2026-05, 2026-11]]");
    }

    @Test
    void refusesAKeyThatIsNotThirtyTwoBytesWithoutQuotingIt() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> CredentialKeys.of("k1", short16)).isInstanceOf(ValidationException.class)
                .hasMessage("credential key k1 must be base64 of 32 random bytes (AES-256), it decodes to 16 bytes");
        assertThatThrownBy(() -> CredentialKeys.of("k1", "not base64 at all!")).isInstanceOf(ValidationException.class)
                .hasMessage("credential key k1 must be base64 of 32 random bytes; it is not valid base64");
        assertThatThrownBy(() -> CredentialKeys.of("k1", " ")).isInstanceOf(ValidationException.class)
                .hasMessage("credential key k1 is required and must not be blank");
    }

    @Test
    void refusesBadIdsDuplicatesAndAMissingOrSecondCurrentKey() {
        String key = CredentialKeys.generateKey();

        assertThatThrownBy(() -> CredentialKeys.of("key one", key)).hasMessage(
                "keyId may contain only letters, digits and . _ : -, was key one");
        assertThatThrownBy(() -> CredentialKeys.builder().current("k1", key).retired("k1", key).build())
                .hasMessage("credential key k1 is configured twice");
        assertThatThrownBy(() -> CredentialKeys.builder().retired("k1", key).build())
                .hasMessage("a current credential key is required");
        assertThatThrownBy(() -> CredentialKeys.builder().current("k1", key).current("k2", key))
                .hasMessage("only one current credential key may be configured, k1 already is");
    }

    @Test
    void generatesDistinctKeysOfThirtyTwoBytes() {
        String first = CredentialKeys.generateKey();

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(CredentialKeys.generateKey()).isNotEqualTo(first);
    }

    @Test
    void theRateBudgetNeedsNoKeysButTheCredentialStoreDoes() {
        JdbcWbAdapters adapters = JdbcWbAdapters.builder(AgentIqJdbc.builder(TestDatabases.h2()).migrate(false)
                .build()).build();

        assertThat(adapters.rateBudget()).isNotNull();
        assertThatThrownBy(adapters::credentials).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("credentialKeys are required to store WB tokens");
    }
}
