package ru.agentiq.wb;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.auth.CredentialStore;
import ru.agentiq.wb.auth.WbToken;
import ru.agentiq.wb.internal.WbHttp;
import ru.agentiq.wb.internal.WbSession;
import ru.agentiq.wb.ratelimit.LocalRateBudget;
import ru.agentiq.wb.ratelimit.RateBudget;
import ru.agentiq.wb.ratelimit.Sleeper;

/**
 * Entry point of the WB connector: one shared, immutable, thread-safe instance per application.
 *
 * <pre>{@code
 * WbConnector wb = WbConnector.builder(credentials).build();
 * FeedbackList page = wb.seller(SellerId.of(42)).feedbacks().list(FeedbackQuery.page(false, 100, 0));
 * }</pre>
 *
 * Every seller's calls go through the same {@link HttpClient} and {@link RateBudget}; tokens come from the
 * {@link CredentialStore} (or are passed directly with {@link #seller(SellerId, WbToken)}).
 */
public final class WbConnector {

    private final WbHttp http;
    private final CredentialStore credentials;

    private WbConnector(Builder b) {
        HttpClient client = b.httpClient != null ? b.httpClient : HttpClient.newBuilder()
                .connectTimeout(b.config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        RateBudget budget = b.budget != null ? b.budget : new LocalRateBudget(b.clock);
        this.http = new WbHttp(client, b.config, budget, b.sleeper, b.clock, b.jitter);
        this.credentials = b.credentials;
    }

    public static Builder builder(CredentialStore credentials) {
        return new Builder(credentials);
    }

    public WbConfig config() {
        return http.config();
    }

    /**
     * The APIs of a seller whose token is in the credential store.
     *
     * @throws WbAuthenticationException when the store has no token for the seller
     */
    public WbSellerApi seller(SellerId sellerId) {
        Checks.required(sellerId, "sellerId");
        WbToken token = credentials.token(sellerId).orElseThrow(() -> new WbAuthenticationException(
                "no WB token is stored for seller " + sellerId, 0, null, null, null));
        return seller(sellerId, token);
    }

    /** The APIs of a seller with an explicit token (its budget is still the seller's). */
    public WbSellerApi seller(SellerId sellerId, WbToken token) {
        Checks.required(sellerId, "sellerId");
        Checks.required(token, "token");
        return new WbSellerApi(sellerId, new WbSession(http, "seller:" + sellerId.value(), token));
    }

    /**
     * The raw session of a seller, for tools that need WB's bodies as they are (the live contract check). Part of the
     * internal API: it may change at any time.
     */
    public WbSession rawSession(SellerId sellerId, WbToken token) {
        return new WbSession(http, "seller:" + Checks.required(sellerId, "sellerId").value(),
                Checks.required(token, "token"));
    }

    /** Builder; only the credential store is required. */
    public static final class Builder {
        private final CredentialStore credentials;
        private WbConfig config = WbConfig.defaults();
        private HttpClient httpClient;
        private RateBudget budget;
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder(CredentialStore credentials) {
            this.credentials = Checks.required(credentials, "credentials");
        }

        public Builder config(WbConfig value) {
            this.config = Checks.required(value, "config");
            return this;
        }

        /** A pre-configured client (proxy, TLS); its timeouts win over {@link WbConfig#connectTimeout()}. */
        public Builder httpClient(HttpClient value) {
            this.httpClient = Checks.required(value, "httpClient");
            return this;
        }

        /** A shared budget (several instances); defaults to an in-process {@link LocalRateBudget}. */
        public Builder rateBudget(RateBudget value) {
            this.budget = Checks.required(value, "rateBudget");
            return this;
        }

        /** Where waits happen; tests pass a fake that advances a fake clock. */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Checks.required(value, "sleeper");
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = Checks.required(value, "clock");
            return this;
        }

        /** Source of jitter in [0, 1); tests pass a constant. */
        public Builder jitter(DoubleSupplier value) {
            this.jitter = Checks.required(value, "jitter");
            return this;
        }

        public WbConnector build() {
            return new WbConnector(this);
        }
    }
}
