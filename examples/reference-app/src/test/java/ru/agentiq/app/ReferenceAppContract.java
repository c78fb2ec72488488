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

    private long firstOpen(String channel) {
        JsonNode items = api.get("/api/interactions?needs_response=true&channel=" + channel, SELLER_1).body()
                .get("interactions");
        return items.get(0).get("id").asLong();
    }

    @Test
    void aReplyWithABannedPhraseIsRefusedWith422ListingTheViolations() {
        long review = firstOpen("review");

        ApiClient.Response response = api.post("/api/interactions/" + review + "/reply", SELLER_1,
                "{\"text\":\"Здравствуйте! Этот ответ написал бот, извините за неудобства.\"}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("violations")).isNotEmpty();
        assertThat(response.body().get("violations").get(0).get("severity").asString()).isEqualTo("error");
        assertThat(api.get("/api/interactions/" + review, SELLER_1).body().get("status").asString())
                .isEqualTo("open");
    }

    @Test
    void aCleanReplyMarksTheInteractionRespondedAndPending() {
        long question = firstOpen("question");

        ApiClient.Response response = api.post("/api/interactions/" + question + "/reply", SELLER_1,
                "{\"text\":\"Здравствуйте! Ткань плотная, модель соответствует размерной сетке.\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("result").asString()).isEqualTo("sent");
        assertThat(response.body().get("outcome").asString()).isEqualTo("reply_manual");
        JsonNode card = api.get("/api/interactions/" + question, SELLER_1).body();
        assertThat(card.get("status").asString()).isEqualTo("responded");
        assertThat(card.get("needs_response").asBoolean()).isFalse();
        assertThat(card.get("extra_data").get("wb_sync_state").asString()).isEqualTo("pending");
    }

    @Test
    void aBlankReplyIs400() {
        long chat = firstOpen("chat");

        assertThat(api.post("/api/interactions/" + chat + "/reply", SELLER_1, "{\"text\":\"   \"}").status())
                .isEqualTo(400);
    }

    @Test
    void syncWithoutAWbTokenSaysSo() {
        assertThat(api.post("/api/interactions/sync/reviews", SELLER_1, "").status()).isEqualTo(503);
    }

    @Test
    void anAdminGrantIsAttributedAndShowsInTheSellersTransactions() {
        ApiClient.Response grant = api.post("/api/v1/admin/wallets/2/grant", ADMIN,
                "{\"amount\": 25.5, \"note\": \"pilot credits\"}");

        assertThat(grant.status()).isEqualTo(200);
        assertThat(grant.body().get("new_balance").asString()).isEqualTo("25.5");
        assertThat(grant.body().get("initiated_by").asString()).isEqualTo("admin-1");
        JsonNode transactions = api.get("/api/v1/users/me/transactions", SELLER_2).body();
        assertThat(transactions.get("total").asLong()).isEqualTo(1);
        assertThat(transactions.get("transactions").get(0).get("initiated_by").asString()).isEqualTo("admin-1");
        assertThat(api.get("/api/v1/users/me/wallet", SELLER_2).body().get("balance").asString()).isEqualTo("25.5");
        assertThat(api.get("/api/v1/admin/wallets/2", ADMIN).body().get("recent_transactions")).hasSize(1);
    }

    @Test
    void grantsOutsideZeroToTenThousandAreRefused() {
        for (String amount : new String[] {"0", "-1", "10000.01"}) {
            ApiClient.Response response = api.post("/api/v1/admin/wallets/1/grant", ADMIN,
                    "{\"amount\": " + amount + "}");
            assertThat(response.status()).as("grant of %s", amount).isEqualTo(422);
            assertThat(response.body().get("detail").asString()).contains(amount.equals("10000.01") ? "10000.01"
                    : "greater than 0");
        }
    }

    @Test
    void theEnforcementOverrideReportsItsSource() {
        try {
            ApiClient.Response on = api.patch("/api/v1/admin/settings/enforcement", ADMIN, "{\"enabled\": true}");
            assertThat(on.body().get("enforcement_enabled").asBoolean()).isTrue();
            assertThat(on.body().get("source").asString()).isEqualTo("override");
            assertThat(api.get("/api/v1/admin/settings", ADMIN).body().get("enforcement_source").asString())
                    .isEqualTo("override");
        } finally {
            api.patch("/api/v1/admin/settings/enforcement", ADMIN, "{\"enabled\": false}");
        }
    }

    @Test
    void pricingListsTheSeedMultipliers() {
        JsonNode pricing = api.get("/api/v1/admin/pricing", ADMIN).body();

        assertThat(pricing.get("pricing_version").asString()).isEqualTo("2026-02-20");
        assertThat(pricing.get("items")).anySatisfy(item -> {
            assertThat(item.get("model_alias").asString()).isEqualTo("deepseek");
            assertThat(item.get("multiplier").asString()).isEqualTo("0.5");
        });
    }

    @Test
    void publishesOpenApiDocsWithoutAKey() {
        ApiClient.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/interactions/{id}/reply")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/admin/wallets/{userId}/grant")).isTrue();
    }
}
