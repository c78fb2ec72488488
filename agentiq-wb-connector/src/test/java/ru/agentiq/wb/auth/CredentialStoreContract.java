package ru.agentiq.wb.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.wb.testing.Tokens;

/** Conformance kit for {@link CredentialStore}; every implementation extends it. */
public abstract class CredentialStoreContract {

    protected static final SellerId SELLER = SellerId.of(1);
    protected static final SellerId OTHER_SELLER = SellerId.of(2);
    /** A personal WB token with both scopes, valid until 2027. */
    protected static final WbToken TOKEN = WbToken.of(Tokens.personal());
    protected static final WbToken OTHER_TOKEN = WbToken.of(Tokens.jwt(4,
            Tokens.scope(ApiCategory.CHAT), Instant.parse("2027-05-01T00:00:00Z")));

    protected CredentialStore store;

    /** A new, empty store. */
    protected abstract CredentialStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void hasNoTokenForASellerThatSavedNone() {
        assertThat(store.token(SELLER)).isEmpty();
    }

    @Test
    void givesBackTheSavedTokenWithItsClaims() {
        store.save(SELLER, TOKEN);

        WbToken read = store.token(SELLER).orElseThrow();
        assertThat(read).isEqualTo(TOKEN);
        assertThat(read.authorizationHeader(false)).isEqualTo(Tokens.personal());
        assertThat(read.type()).isEqualTo(TokenType.PERSONAL);
        assertThat(read.expiresAt()).isEqualTo(TOKEN.expiresAt());
    }

    @Test
    void aLaterSaveReplacesTheToken() {
        store.save(SELLER, TOKEN);
        store.save(SELLER, OTHER_TOKEN);

        assertThat(store.token(SELLER)).contains(OTHER_TOKEN);
    }

    @Test
    void removeForgetsTheTokenAndIsANoOpTheSecondTime() {
        store.save(SELLER, TOKEN);

        store.remove(SELLER);
        store.remove(SELLER);

        assertThat(store.token(SELLER)).isEmpty();
    }

    @Test
    void keepsSellersApart() {
        store.save(SELLER, TOKEN);

        assertThat(store.token(OTHER_SELLER)).isEmpty();
        store.save(OTHER_SELLER, OTHER_TOKEN);
        store.remove(OTHER_SELLER);
        assertThat(store.token(SELLER)).contains(TOKEN);
    }

    @Test
    void refusesMissingArguments() {
        assertThatThrownBy(() -> store.save(null, TOKEN)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sellerId");
        assertThatThrownBy(() -> store.save(SELLER, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("token");
        assertThatThrownBy(() -> store.token(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sellerId");
        assertThatThrownBy(() -> store.remove(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("sellerId");
    }
}
