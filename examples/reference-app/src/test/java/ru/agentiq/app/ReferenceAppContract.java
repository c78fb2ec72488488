package ru.agentiq.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The HTTP API end to end over a real port; subclasses choose the database. */
abstract class ReferenceAppContract {

    static final String SELLER_1 = "demo-seller-key";
    static final String SELLER_2 = "demo-seller-2-key";
    static final String ADMIN = "demo-admin-key";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void listsTheDemoInboxWithTheSeedsFieldNames() {
        ApiClient.Response response = api.get("/api/interactions?sort=priority", SELLER_1);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("total").asLong()).isEqualTo(12);
        JsonNode first = response.body().get("interactions").get(0);
        assertThat(first.get("priority").asString()).isEqualTo("urgent");
        assertThat(first.has("seller_id")).isTrue();
        assertThat(first.has("needs_response")).isTrue();
        assertThat(first.has("is_auto_response")).isTrue();
        assertThat(first.get("extra_data").isObject()).isTrue();
    }

    @Test
    void pagesWithACursorWithoutRepeats() {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            ApiClient.Response page = api.get("/api/interactions?page_size=5&include_total=false"
                    + (cursor == null ? "" : "&cursor=" + cursor), SELLER_1);
            assertThat(page.status()).isEqualTo(200);
            page.body().get("interactions").forEach(i -> ids.add(i.get("id").asLong()));
            JsonNode next = page.body().get("next_cursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);

        assertThat(ids).hasSize(12).doesNotHaveDuplicates();
    }

    @Test
    void filtersByChannelAndNeedsResponse() {
        ApiClient.Response response = api.get("/api/interactions?channel=review&needs_response=false", SELLER_1);

        assertThat(response.body().get("interactions")).hasSize(1);
        assertThat(response.body().get("interactions").get(0).get("rating").asInt()).isEqualTo(4);
    }

    @Test
    void refusesAMissingOrUnknownKeyWith401() {
        assertThat(api.get("/api/interactions", null).status()).isEqualTo(401);
        ApiClient.Response unknown = api.get("/api/interactions", "stolen-key");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void neverShowsAnotherSellersInteraction() {
        long mine = api.get("/api/interactions?page_size=1", SELLER_1).body().get("interactions").get(0).get("id")
                .asLong();

        assertThat(api.get("/api/interactions/" + mine, SELLER_1).status()).isEqualTo(200);
        ApiClient.Response theirs = api.get("/api/interactions/" + mine, SELLER_2);
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.contentType()).startsWith("application/problem+json");
    }

    @Test
    void adminRoutesNeedTheAdminRole() {
        ApiClient.Response response = api.get("/api/v1/admin/wallets/1", SELLER_1);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.body().get("detail").asString()).isEqualTo("Admin access required.");
    }

    @Test
    void outOfBoundsPageSizeIsAProblemDetail() {
        ApiClient.Response response = api.get("/api/interactions?page_size=500", SELLER_1);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("detail").asString()).isEqualTo("pageSize must be 1..100, was 500");
    }
}
