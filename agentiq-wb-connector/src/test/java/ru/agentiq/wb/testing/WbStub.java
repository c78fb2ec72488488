package ru.agentiq.wb.testing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.time.Duration;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.WbSellerApi;
import ru.agentiq.wb.auth.InMemoryCredentialStore;
import ru.agentiq.wb.auth.WbToken;

/** A WireMock server standing in for both WB hosts, and a connector pointed at it on fake time. */
public final class WbStub implements AutoCloseable {

    public static final SellerId SELLER = SellerId.of(7);

    public final WireMockServer server;
    public final FakeTime time = new FakeTime();
    public final InMemoryCredentialStore credentials = new InMemoryCredentialStore();

    public WbStub() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        credentials.save(SELLER, WbToken.of(Tokens.personal()));
    }

    public WbConfig.Builder config() {
        return WbConfig.builder().baseUri(server.baseUrl()).requestTimeout(Duration.ofSeconds(10))
                .connectTimeout(Duration.ofSeconds(2));
    }

    public WbConnector connector(WbConfig config) {
        return WbConnector.builder(credentials).config(config).clock(time).sleeper(time).jitter(() -> 0.0).build();
    }

    public WbConnector connector() {
        return connector(config().build());
    }

    public WbSellerApi seller() {
        return connector().seller(SELLER);
    }

    @Override
    public void close() {
        server.stop();
    }
}
