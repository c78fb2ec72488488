package ru.agentiq.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The HTTP API end to end over a real port; subclasses choose the database. The model behind drafts is an
 * OpenAI-compatible endpoint on WireMock, so drafts are real metered model calls.
 */
abstract class ReferenceAppContract {

    static final String SELLER_1 = "demo-seller-key";
    static final String SELLER_2 = "demo-seller-2-key";
    /** Seller 5: its wallet and inbox belong to the top-up and revenue tests alone. */
    static final String SELLER_3 = "demo-seller-3-key";
    static final String ADMIN = "demo-admin-key";
    static final String WEBHOOK_SECRET = "whsec_test_not_a_secret";
    static final String INSUFFICIENT = "Insufficient credits. Please top up your account.";

    /** What the model answers unless a test's prompt matches one of the more specific stubs below. */
    static final String MODEL_ANSWER = "Здравствуйте! Спасибо, что написали. Уже разбираемся и скоро ответим"
            + " по вашему вопросу подробно.";
    /** The model's answer to the jeans review: it offers a return nobody asked for. */
    static final String UNSOLICITED_RETURN = "Здравствуйте! Если размер не подошёл, оформите возврат в личном"
            + " кабинете, мы всё примем.";

    /** One model endpoint for every context of the suite (each test class gets its own app, not its own model). */
    static final WireMockServer LLM = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        LLM.start();
        Runtime.getRuntime().addShutdownHook(new Thread(LLM::stop));
        LlmStub.answerAll(LLM, MODEL_ANSWER);
        LlmStub.answerWhen(LLM, "Джинсы маломерят", UNSOLICITED_RETURN);
        LlmStub.failWhen(LLM, "Кофемолка пришла");
    }

    @DynamicPropertySource
    static void model(DynamicPropertyRegistry registry) {
        registry.add("agentiq.llm.base-url", () -> LLM.baseUrl() + LlmStub.PATH);
        registry.add("agentiq.llm.api-key", () -> "sk-test-not-a-secret");
        // a list binds from one source as a whole: the two demo sellers of application.yml plus a third
        registry.add("agentiq.app.sellers[0].api-key", () -> SELLER_1);
        registry.add("agentiq.app.sellers[0].seller-id", () -> "1");
        registry.add("agentiq.app.sellers[1].api-key", () -> SELLER_2);
        registry.add("agentiq.app.sellers[1].seller-id", () -> "2");
        registry.add("agentiq.app.sellers[2].api-key", () -> SELLER_3);
        registry.add("agentiq.app.sellers[2].seller-id", () -> "5");
        registry.add("agentiq.app.payments.webhook-secret", () -> WEBHOOK_SECRET);
    }

    @LocalServerPort
    int port;

    /** Both subclasses run on a database, so the settings routes must keep what they are given there. */
    @Autowired
    ru.agentiq.jdbc.AgentIqJdbc jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** The id of the seller-1 interaction whose text contains {@code fragment}. */
    long idOf(String fragment) {
        JsonNode items = api.get("/api/interactions?page_size=100", SELLER_1).body().get("interactions");
        for (JsonNode item : items) {
            if (item.get("text").asString().contains(fragment)) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("no demo interaction contains '" + fragment + "'");
    }

    ApiClient.Response draft(String apiKey, long id, boolean force) {
        return api.post("/api/interactions/" + id + "/ai-draft", apiKey, "{\"force_regenerate\": " + force + "}");
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
    void anAdminGrantShowsItsAdminInTheAdminWalletView() {
        api.post("/api/v1/admin/wallets/3/grant", ADMIN, "{\"amount\": 10}");

        JsonNode wallet = api.get("/api/v1/admin/wallets/3", ADMIN).body();

        assertThat(wallet.get("balance").asString()).isEqualTo("10");
        assertThat(wallet.get("recent_transactions").get(0).get("kind").asString()).isEqualTo("grant");
        assertThat(wallet.get("recent_transactions").get(0).get("initiated_by").asString()).isEqualTo("admin-1");
    }

    // --- AI drafts, metered (seed 003 staging checks) ---

    @Test
    void underEnforcementADepletedWalletGets402WithTheExactDetail() {
        long question = idOf("подарочной упаковкой");
        try {
            api.patch("/api/v1/admin/settings/enforcement", ADMIN, "{\"enabled\": true}");

            ApiClient.Response response = draft(SELLER_1, question, true);

            assertThat(response.status()).isEqualTo(402);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body().get("detail").asString()).isEqualTo(INSUFFICIENT);
        } finally {
            api.patch("/api/v1/admin/settings/enforcement", ADMIN, "{\"enabled\": false}");
        }
    }

    @Test
    void withEnforcementOffADepletedWalletIsServedAndToldItIsLow() {
        long question = idOf("совместим ли он с беспроводной");

        ApiClient.Response response = draft(SELLER_1, question, true);

        assertThat(response.status()).as("draft answered %s", response.body()).isEqualTo(200);
        JsonNode body = response.body();
        assertThat(body.get("draft_text").asString()).contains("Уже разбираемся");
        assertThat(body.get("source").asString()).isEqualTo("llm");
        assertThat(body.get("used_fallback").asBoolean()).isFalse();
        assertThat(body.get("low_balance").asBoolean()).isTrue();
        assertThat(new BigDecimal(body.get("balance_after").asString())).isNegative();
        assertThat(body.get("interaction").get("id").asLong()).isEqualTo(question);
        assertThat(body.get("interaction").get("extra_data").get("last_ai_draft").get("source").asString())
                .isEqualTo("llm");
    }

    @Test
    void aMeteredDraftLeavesADebitAUsageEventAndADailyUsageBucket() {
        long before = api.get("/api/v1/users/me/usage", SELLER_1).body().get("total").asLong();

        assertThat(draft(SELLER_1, idOf("совместим ли он с беспроводной"), true).status()).isEqualTo(200);

        assertThat(api.get("/api/v1/users/me/usage", SELLER_1).body().get("total").asLong()).isEqualTo(before + 1);
        JsonNode debit = api.get("/api/v1/users/me/transactions", SELLER_1).body().get("transactions").get(0);
        assertThat(debit.get("kind").asString()).isEqualTo("debit");
        assertThat(debit.has("initiated_by")).isTrue();
        assertThat(debit.get("initiated_by").isNull()).as("a system debit has no initiator").isTrue();
        JsonNode summary = api.get("/api/v1/admin/usage/summary?bucket=day", ADMIN).body();
        assertThat(summary.get("daily")).isNotEmpty();
        assertThat(summary.get("total_llm_calls").asLong()).isPositive();
        assertThat(summary.get("breakdown").get(0).get("model_alias").asString()).isEqualTo("deepseek");
    }

    @Test
    void aDraftCarriesGuardrailWarningsWithoutChangingTheText() {
        ApiClient.Response response = draft(SELLER_1, idOf("Джинсы маломерят"), true);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("draft_text").asString()).contains("оформите возврат");
        assertThat(response.body().get("guardrail_warnings")).anySatisfy(w -> {
            assertThat(w.get("type").asString()).isEqualTo("unsolicited_return");
            assertThat(w.get("severity").asString()).isEqualTo("error");
        });
    }

    @Test
    void aFailedModelCallFallsBackAndIsStillRecordedWithUsedFallback() {
        ApiClient.Response response = draft(SELLER_1, idOf("Кофемолка пришла"), true);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("source").asString()).isEqualTo("fallback");
        assertThat(response.body().get("used_fallback").asBoolean()).isTrue();
        assertThat(response.body().get("draft_text").asString()).isNotBlank();
        JsonNode events = api.get("/api/v1/users/me/usage", SELLER_1).body().get("events");
        assertThat(events).anySatisfy(e -> assertThat(e.get("used_fallback").asBoolean()).isTrue());
    }

    @Test
    void aSecondDraftIsServedFromTheCacheUnlessForced() {
        long review = idOf("после первой стирки села");
        draft(SELLER_1, review, true);

        ApiClient.Response cached = draft(SELLER_1, review, false);

        assertThat(cached.status()).isEqualTo(200);
        assertThat(cached.body().get("source").asString()).isEqualTo("cached");
    }

    @Test
    void aReplyWithTheDraftUnchangedCountsAsAcceptedInQualityMetrics() {
        long question = idOf("Когда будет в наличии это платье");
        long acceptedBefore = api.get("/api/interactions/metrics/quality?days=1", SELLER_1).body().get("totals")
                .get("draft_accepted").asLong();
        String text = draft(SELLER_1, question, true).body().get("draft_text").asString();

        ApiClient.Response reply = api.post("/api/interactions/" + question + "/reply", SELLER_1,
                "{\"text\": \"" + text.replace("\"", "\\\"") + "\"}");

        assertThat(reply.status()).as("reply answered %s", reply.body()).isEqualTo(200);
        assertThat(reply.body().get("outcome").asString()).isEqualTo("draft_accepted");
        JsonNode quality = api.get("/api/interactions/metrics/quality?days=1", SELLER_1).body();
        assertThat(quality.get("totals").get("draft_accepted").asLong()).isEqualTo(acceptedBefore + 1);
        assertThat(quality.get("by_channel").has("question")).isTrue();
        assertThat(quality.get("pipeline").get("interactions_total").asLong()).isEqualTo(12);
        JsonNode history = api.get("/api/interactions/metrics/quality-history?days=7", SELLER_1).body();
        assertThat(history.get("history")).hasSize(7);
        assertThat(history.get("history").get(6).get("draft_accepted").asLong()).isPositive();
    }

    // --- context, timeline, links ---

    @Test
    void theCardCarriesItsLinksAndTheBuyersProfile() {
        long chat = idOf("Джинсы оказались малы в поясе");

        JsonNode card = api.get("/api/interactions/" + chat, SELLER_1).body();

        assertThat(card.get("id").asLong()).isEqualTo(chat);
        assertThat(card.get("channel").asString()).isEqualTo("chat");
        JsonNode context = card.get("context");
        assertThat(context.get("link_candidates")).isNotEmpty();
        JsonNode link = context.get("link_candidates").get(0);
        assertThat(link.get("confidence").asDouble()).isBetween(0.55, 0.99);
        assertThat(link.get("action_mode").asString()).isEqualTo("assist_only");
        assertThat(link.get("reasoning_signals")).isNotEmpty();
        JsonNode profile = context.get("customer_profile");
        assertThat(profile.get("customer_id").asString()).isEqualTo("buyer-8810");
        assertThat(profile.get("chats").asInt()).isEqualTo(1);
        assertThat(profile.get("draft_context").asString()).startsWith("Клиент: Марина");
    }

    @Test
    void theTimelineThreadsTheBuyersChatWithTheProductsReviewAndQuestion() {
        long chat = idOf("Джинсы оказались малы в поясе");

        ApiClient.Response response = api.get("/api/interactions/" + chat + "/timeline", SELLER_1);

        assertThat(response.status()).isEqualTo(200);
        JsonNode timeline = response.body();
        assertThat(timeline.get("thread_scope").asString()).isEqualTo("customer_order");
        assertThat(timeline.get("thread_key").get("order_id").asString()).isEqualTo("ord-778215");
        assertThat(timeline.get("channels_present").toString()).isEqualTo("[\"chat\",\"question\",\"review\"]");
        assertThat(timeline.get("steps")).anySatisfy(step -> {
            assertThat(step.get("is_current").asBoolean()).isTrue();
            assertThat(step.get("match_reason").asString()).isEqualTo("current_interaction");
        });
        assertThat(timeline.get("steps")).anySatisfy(step -> {
            assertThat(step.get("match_reason").asString()).isEqualTo("nm_id_time_window");
            assertThat(step.get("action_mode").asString()).isEqualTo("assist_only");
            assertThat(step.get("wb_url").asString()).startsWith("https://seller.wildberries.ru/communication/");
        });
        assertThat(api.get("/api/interactions/" + chat + "/timeline?max_items=1", SELLER_1).body().get("steps"))
                .hasSize(1);
    }

    @Test
    void timelineBoundsAreTheSeeds() {
        long chat = idOf("Джинсы оказались малы в поясе");

        ApiClient.Response zero = api.get("/api/interactions/" + chat + "/timeline?max_items=0", SELLER_1);
        ApiClient.Response wide = api.get("/api/interactions/" + chat + "/timeline?product_window_days=181",
                SELLER_1);

        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.body().get("detail").asString()).isEqualTo("max_items must be 1..300, was 0");
        assertThat(wide.status()).isEqualTo(422);
        assertThat(api.get("/api/interactions/" + chat + "/timeline?max_items=300&product_window_days=180",
                SELLER_1).status()).isEqualTo(200);
    }

    @Test
    void recomputingLinksCoversEveryInteractionOfTheSeller() {
        ApiClient.Response response = api.post("/api/links/recompute", SELLER_1, "");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("seller_id").asLong()).isEqualTo(1);
        assertThat(response.body().get("interactions").asLong()).isEqualTo(12);
        assertThat(response.body().get("linked").asLong()).isPositive();
    }

    // --- ops, readiness, analytics ---

    @Test
    void opsAlertsReportQuestionSlaRegressionAndSyncHealth() {
        JsonNode ops = api.get("/api/interactions/metrics/ops-alerts", SELLER_1).body();

        assertThat(ops.get("question_sla").get("open_questions_total").asLong()).isPositive();
        assertThat(ops.get("quality_regression").get("current_window_days").asInt()).isEqualTo(7);
        assertThat(ops.get("sync_health").get("status").asString()).isEqualTo("unknown");
        assertThat(ops.has("alerts")).isTrue();
    }

    @Test
    void pilotReadinessAlwaysRunsEightChecksWithTheSeedsBounds() {
        ApiClient.Response response = api.get("/api/interactions/metrics/pilot-readiness?max_open_backlog=0",
                SELLER_1);

        assertThat(response.status()).isEqualTo(200);
        JsonNode readiness = response.body();
        assertThat(readiness.get("checks")).hasSize(8);
        assertThat(readiness.get("summary").get("total_checks").asInt()).isEqualTo(8);
        assertThat(readiness.get("decision").asString()).isIn("go", "no-go");
        assertThat(readiness.get("go_no_go").asBoolean()).isEqualTo(readiness.get("decision").asString()
                .equals("go"));
        assertThat(readiness.get("thresholds").get("max_open_backlog").asInt()).isZero();
        assertThat(readiness.get("checks")).anySatisfy(c -> {
            assertThat(c.get("code").asString()).isEqualTo("open_backlog");
            assertThat(c.get("status").asString()).isEqualTo("warn");
        });
        assertThat(api.get("/api/interactions/metrics/pilot-readiness?max_sync_age_minutes=4", SELLER_1).status())
                .isEqualTo(422);
        assertThat(api.get("/api/interactions/metrics/pilot-readiness?max_manual_rate=1.5", SELLER_1).status())
                .isEqualTo(422);
    }

    @Test
    void qualityDaysOutsideOneToThreeSixtyFiveAre422() {
        assertThat(api.get("/api/interactions/metrics/quality?days=0", SELLER_1).status()).isEqualTo(422);
        assertThat(api.get("/api/interactions/metrics/quality-history?days=366", SELLER_1).status()).isEqualTo(422);
        assertThat(api.get("/api/interactions/metrics/quality?days=365&channel=chat", SELLER_1).body()
                .get("channel").asString()).isEqualTo("chat");
    }

    @Test
    void communicationAnalyticsReportDemoDataApart() {
        ApiClient.Response response = api.get("/api/analytics/communication?period_days=7", SELLER_1);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("period_days").asInt()).isEqualTo(7);
        assertThat(response.body().get("sources")).anySatisfy(source -> {
            assertThat(source.get("source").asString()).isEqualTo("demo");
            assertThat(source.get("channels")).isNotEmpty();
        });
        assertThat(api.get("/api/analytics/communication?period_days=0", SELLER_1).status()).isEqualTo(422);
    }

    // --- settings (seller 2, so nothing here changes seller 1's drafts) ---

    @Test
    void theReplyPendingWindowIsThirtyToFourteenFortyMinutes() {
        assertThat(api.get("/api/settings/general", SELLER_2).body().get("reply_pending_window_minutes").asInt())
                .isEqualTo(180);

        assertThat(api.put("/api/settings/general", SELLER_2, "{\"reply_pending_window_minutes\": 45}").body()
                .get("reply_pending_window_minutes").asInt()).isEqualTo(45);
        assertThat(api.put("/api/settings/general", SELLER_2, "{\"reply_pending_window_minutes\": 10}").status())
                .isEqualTo(422);
        assertThat(api.get("/api/settings/general", SELLER_1).body().get("reply_pending_window_minutes").asInt())
                .as("another seller's setting").isEqualTo(180);
    }

    @Test
    void theSlaConfigOverridesIntentsAndResetsToTheSeedsDefaults() {
        JsonNode updated = api.put("/api/settings/sla-config", SELLER_2,
                "{\"intents\": {\"thanks\": {\"priority\": \"high\", \"sla_minutes\": 30}}}").body();

        assertThat(updated.get("intents").get("thanks").get("priority").asString()).isEqualTo("high");
        assertThat(updated.get("intents").get("thanks").get("sla_minutes").asInt()).isEqualTo(30);
        assertThat(updated.get("overridden_intents").toString()).isEqualTo("[\"thanks\"]");
        assertThat(api.put("/api/settings/sla-config", SELLER_2,
                "{\"intents\": {\"thanks\": {\"priority\": \"low\", \"sla_minutes\": 10081}}}").status())
                .isEqualTo(422);

        JsonNode reset = api.post("/api/settings/sla-config/reset", SELLER_2, "").body();
        assertThat(reset.get("intents").get("thanks").get("priority").asString()).isEqualTo("low");
        assertThat(reset.get("intents").get("pre_purchase").get("sla_minutes").asInt()).isEqualTo(5);
        assertThat(reset.get("overridden_intents")).isEmpty();
    }

    @Test
    void aiSettingsPresetsPreviewAndSandboxMode() {
        JsonNode ai = api.put("/api/settings/ai", SELLER_2, "{\"tone\": \"formal\"}").body();
        assertThat(ai.get("tone").asString()).isEqualTo("formal");
        assertThat(ai.get("llm_enabled").asBoolean()).isTrue();
        assertThat(api.put("/api/settings/ai", SELLER_2, "{\"tone\": \"sarcastic\"}").status()).isEqualTo(422);

        JsonNode presets = api.get("/api/settings/auto-response/presets", SELLER_2).body().get("presets");
        assertThat(presets).extracting(p -> p.get("name").asString()).containsExactly("safe", "balanced", "max");
        assertThat(api.post("/api/settings/auto-response/apply-preset", SELLER_2, "{\"preset\": \"yolo\"}")
                .status()).isEqualTo(400);
        JsonNode applied = api.post("/api/settings/auto-response/apply-preset", SELLER_2,
                "{\"preset\": \"safe\"}").body();
        assertThat(applied.get("auto_response").get("auto_response_enabled").asBoolean()).isTrue();
        assertThat(applied.get("auto_response").get("auto_response_channels").toString()).isEqualTo("[\"review\"]");

        JsonNode complaint = api.post("/api/settings/auto-response/preview", SELLER_2,
                "{\"text\": \"Товар пришёл сломанный, не работает вообще\", \"rating\": 1,"
                        + " \"channel\": \"review\"}").body();
        assertThat(complaint.get("would_auto_send").asBoolean()).isFalse();
        assertThat(complaint.get("outcome").asString()).isEqualTo("skipped");

        assertThat(api.post("/api/settings/sandbox-mode", SELLER_2, "{\"enabled\": true}").body()
                .get("sandbox_mode").asBoolean()).isTrue();
        assertThat(api.get("/api/settings/sandbox-mode", SELLER_2).body().get("sandbox_mode").asBoolean()).isTrue();
        assertThat(api.get("/api/settings/sandbox-mode", SELLER_1).body().get("sandbox_mode").asBoolean()).isFalse();
    }

    @Test
    void settingsAreKeptInTheDatabasePerSellerAndReadBackFresh() {
        api.put("/api/settings/general", SELLER_2, "{\"reply_pending_window_minutes\": 75}");
        api.put("/api/settings/ai", SELLER_2, "{\"tone\": \"friendly\"}");

        assertThat(api.get("/api/settings/general", SELLER_2).body().get("reply_pending_window_minutes").asInt())
                .isEqualTo(75);
        assertThat(api.get("/api/settings/ai", SELLER_2).body().get("tone").asString()).isEqualTo("friendly");
        assertThat(api.get("/api/settings/general", SELLER_1).body().get("reply_pending_window_minutes").asInt())
                .isEqualTo(180);
        assertThat(api.get("/api/settings/ai", SELLER_1).body().get("tone").asString()).isNotEqualTo("friendly");
        ru.agentiq.core.interaction.SellerId seller2 = ru.agentiq.core.interaction.SellerId.of(2);
        assertThat(jdbc.runtimeSettings().read(seller2, "general_settings_v1")).hasValueSatisfying(json ->
                assertThat(json).contains("\"reply_pending_window_minutes\":75"));
        assertThat(jdbc.runtimeSettings().read(seller2, "ai_settings_v1")).hasValueSatisfying(json ->
                assertThat(json).contains("\"tone\":\"friendly\""));
        assertThat(jdbc.runtimeSettings().read(ru.agentiq.core.interaction.SellerId.of(1), "general_settings_v1"))
                .isEmpty();

        // back to what the other settings tests of seller 2 start from
        api.put("/api/settings/general", SELLER_2, "{\"reply_pending_window_minutes\": 180}");
        api.put("/api/settings/ai", SELLER_2, "{\"tone\": \"neutral\"}");
    }

    @Test
    void promoCodesArePerSellerAndKeptInTheDatabase() {
        JsonNode empty = api.get("/api/settings/promo", SELLER_1).body();
        assertThat(empty.get("promo_codes")).isEmpty();
        assertThat(empty.get("max_promo_codes").asInt()).isEqualTo(10);

        JsonNode saved = api.put("/api/settings/promo", SELLER_2, "{\"promo_codes\": ["
                + "{\"code\": \"ZIMA-15\", \"discount\": \"15%\", \"expires_on\": \"2099-12-31\","
                + " \"channels\": {\"reviews_positive\": true, \"chat_negative\": false}},"
                + "{\"code\": \"OFF\", \"active\": false}],"
                + " \"ai_suggests_promo\": true}").body();

        JsonNode first = saved.get("promo_codes").get(0);
        assertThat(first.get("code").asString()).isEqualTo("ZIMA-15");
        assertThat(first.get("discount").asString()).isEqualTo("15%");
        assertThat(first.get("expires_on").asString()).isEqualTo("2099-12-31");
        assertThat(first.get("channels").get("reviews_positive").asBoolean()).isTrue();
        assertThat(first.get("channels").get("chat_negative").asBoolean()).isFalse();
        assertThat(first.get("channels").get("chat_positive").asBoolean()).isTrue();
        assertThat(saved.get("promo_codes").get(1).get("active").asBoolean()).isFalse();
        assertThat(saved.get("ai_suggests_promo").asBoolean()).isTrue();
        assertThat(saved.get("warn_about_reviews").asBoolean()).isTrue();

        JsonNode fresh = api.get("/api/settings/promo", SELLER_2).body();
        assertThat(fresh).isEqualTo(saved);
        assertThat(api.get("/api/settings/promo", SELLER_1).body().get("promo_codes")).isEmpty();
        assertThat(jdbc.runtimeSettings().read(ru.agentiq.core.interaction.SellerId.of(2), "promo_settings_v1"))
                .hasValueSatisfying(json -> assertThat(json).contains("\"code\":\"ZIMA-15\""));

        // switches alone keep the codes
        JsonNode switched = api.put("/api/settings/promo", SELLER_2, "{\"warn_about_reviews\": false}").body();
        assertThat(switched.get("promo_codes")).hasSize(2);
        assertThat(switched.get("warn_about_reviews").asBoolean()).isFalse();

        // no code flagged for reviews stays behind for the scheduled auto-responses of seller 2
        api.put("/api/settings/promo", SELLER_2, "{\"promo_codes\": []}");
        assertThat(api.get("/api/settings/promo", SELLER_2).body().get("promo_codes")).isEmpty();
    }

    @Test
    void aBadPromoCodeIsRejectedWith422AndChangesNothing() {
        api.put("/api/settings/promo", SELLER_1, "{\"promo_codes\": [{\"code\": \"KEEP\"}]}");
        StringBuilder eleven = new StringBuilder("{\"promo_codes\": [");
        for (int i = 0; i < 11; i++) {
            eleven.append(i == 0 ? "" : ",").append("{\"code\": \"C").append(i).append("\"}");
        }
        eleven.append("]}");

        assertThat(api.put("/api/settings/promo", SELLER_1, eleven.toString()).status()).isEqualTo(422);
        assertThat(api.put("/api/settings/promo", SELLER_1, "{\"promo_codes\": [{\"code\": \"HAS SPACE\"}]}")
                .status()).isEqualTo(422);
        assertThat(api.put("/api/settings/promo", SELLER_1, "{\"promo_codes\": [{\"code\": \"\"}]}").status())
                .isEqualTo(422);
        assertThat(api.put("/api/settings/promo", SELLER_1,
                "{\"promo_codes\": [{\"code\": \"A\"}, {\"code\": \"a\"}]}").status()).isEqualTo(422);
        assertThat(api.put("/api/settings/promo", SELLER_1,
                "{\"promo_codes\": [{\"code\": \"A\", \"expires_on\": \"31.12.2026\"}]}").status())
                .isEqualTo(422);
        assertThat(api.put("/api/settings/promo", SELLER_1,
                "{\"promo_codes\": [{\"code\": \"A\", \"channels\": {\"telegram\": true}}]}").status())
                .isEqualTo(422);
        assertThat(api.put("/api/settings/promo", SELLER_1,
                "{\"promo_codes\": [{\"code\": \"A\", \"discount\": \"" + "x".repeat(65) + "\"}]}")
                .status()).isEqualTo(422);

        JsonNode kept = api.get("/api/settings/promo", SELLER_1).body().get("promo_codes");
        assertThat(kept).hasSize(1);
        assertThat(kept.get(0).get("code").asString()).isEqualTo("KEEP");
        api.put("/api/settings/promo", SELLER_1, "{\"promo_codes\": []}");
    }

    // --- tenant isolation of the new routes ---

    @Test
    void anotherSellersInteractionIsNotFoundOnEveryNewRoute() {
        long mine = idOf("Джинсы оказались малы в поясе");

        assertThat(api.get("/api/interactions/" + mine + "/timeline", SELLER_2).status()).isEqualTo(404);
        assertThat(draft(SELLER_2, mine, true).status()).isEqualTo(404);
        assertThat(api.get("/api/interactions/" + mine, SELLER_2).status()).isEqualTo(404);
    }

    @Test
    void sellerRoutesRefuseAnAdminKey() {
        assertThat(draft(ADMIN, idOf("Джинсы оказались малы в поясе"), false).status()).isEqualTo(403);
        assertThat(api.get("/api/interactions/metrics/quality", ADMIN).status()).isEqualTo(403);
        assertThat(api.get("/api/settings/ai", null).status()).isEqualTo(401);
    }

    @Test
    void healthIsPublicAndIncludesNoSecrets() {
        ApiClient.Response health = api.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().toString()).doesNotContain("sk-test-not-a-secret");
        assertThat(api.get("/actuator/metrics", SELLER_1).status()).isEqualTo(403);
        assertThat(api.get("/actuator/metrics/agentiq.drafts", ADMIN).status()).isIn(200, 404);
    }

    @Test
    void publishesOpenApiDocsWithoutAKey() {
        ApiClient.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/interactions/{id}/reply")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/admin/wallets/{userId}/grant")).isTrue();
        assertThat(docs.body().get("paths").has("/api/interactions/{id}/ai-draft")).isTrue();
        assertThat(docs.body().get("paths").has("/api/interactions/{id}/timeline")).isTrue();
        assertThat(docs.body().get("paths").has("/api/settings/sla-config")).isTrue();
        assertThat(docs.body().get("paths").has("/api/interactions/metrics/revenue")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/users/me/wallet/top-up")).isTrue();
        assertThat(docs.body().get("paths").has("/webhooks/stripe")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/admin/users/{userId}/wallet/grant")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/admin/analytics/usage")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/admin/analytics/active-users")).isTrue();
    }

    // --- revenue (seller 5's untouched demo inbox) ---

    @Test
    void revenueReportsOneSourceWithTheSeedsFieldsAsRanges() {
        JsonNode real = api.get("/api/interactions/metrics/revenue", SELLER_3).body();
        assertThat(real.get("source").asString()).isEqualTo("wb_api");
        assertThat(real.get("is_estimate").asBoolean()).isFalse();
        assertThat(real.get("period_days").asInt()).isEqualTo(30);
        assertThat(real.get("total_interactions_analyzed").asLong()).as("no WB data, only demo data").isZero();
        assertThat(real.get("revenue_at_risk_monthly").get("high").decimalValue()).isZero();

        JsonNode demo = api.get("/api/interactions/metrics/revenue?source=demo&period_days=7", SELLER_3).body();

        assertThat(demo.get("label").asString()).isEqualTo("Demo data");
        assertThat(demo.get("is_estimate").asBoolean()).isTrue();
        assertThat(demo.get("total_interactions_analyzed").asLong()).isEqualTo(12);
        assertThat(demo.get("negative_reviews").get("total").asLong()).isEqualTo(2);
        assertThat(demo.get("negative_reviews").get("unresolved").asLong()).isEqualTo(2);
        assertThat(demo.get("questions").get("total").asLong()).isEqualTo(4);
        // 2 unresolved × 2000 × [0.05, 0.15] × 0.8
        assertThat(demo.get("revenue_at_risk_monthly").get("low").decimalValue()).isEqualByComparingTo("160");
        assertThat(demo.get("revenue_at_risk_monthly").get("high").decimalValue()).isEqualByComparingTo("480");
        for (String field : new String[] {"revenue_saved_monthly", "potential_additional_savings",
                "question_revenue_impact", "response_time_roi_percent"}) {
            assertThat(demo.get(field).has("low")).as(field).isTrue();
        }
        assertThat(demo.get("coefficients").get("sla_threshold_minutes").asLong()).isEqualTo(60);
        assertThat(demo.get("coefficients").get("avg_order_value").get("low").decimalValue())
                .isEqualByComparingTo("2000");
    }

    @Test
    void revenueTakesTheSellersOwnAverageOrderValue() {
        JsonNode own = api.get("/api/interactions/metrics/revenue?source=demo&avg_order_value=4000", SELLER_3)
                .body();

        assertThat(own.get("revenue_at_risk_monthly").get("low").decimalValue()).isEqualByComparingTo("320");
        assertThat(own.get("revenue_at_risk_monthly").get("high").decimalValue()).isEqualByComparingTo("960");
        assertThat(own.get("coefficients").get("avg_order_value").get("high").decimalValue())
                .isEqualByComparingTo("4000");
    }

    @Test
    void revenueBoundsAreTheSeeds() {
        ApiClient.Response zero = api.get("/api/interactions/metrics/revenue?period_days=0", SELLER_3);

        assertThat(zero.status()).isEqualTo(422);
        assertThat(zero.body().get("detail").asString()).isEqualTo("period_days must be 1..365, was 0");
        assertThat(api.get("/api/interactions/metrics/revenue?period_days=366", SELLER_3).status()).isEqualTo(422);
        assertThat(api.get("/api/interactions/metrics/revenue?period_days=365&avg_order_value=0", SELLER_3)
                .status()).isEqualTo(200);
        assertThat(api.get("/api/interactions/metrics/revenue?avg_order_value=-1", SELLER_3).status())
                .isEqualTo(422);
        assertThat(api.get("/api/interactions/metrics/revenue?source=ozon", SELLER_3).status()).isEqualTo(422);
        assertThat(api.get("/api/interactions/metrics/revenue", ADMIN).status()).isEqualTo(403);
    }

    // --- top-up and the payment webhook (seller 5's wallet) ---

    /** Stripe's signature header, computed here independently of the app's verifier. */
    static String stripeSignature(String payload, long timestamp, String secret) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return "t=" + timestamp + ",v1=" + java.util.HexFormat.of().formatHex(
                    mac.doFinal((timestamp + "." + payload).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    ApiClient.Response webhook(String payload, String signature) {
        return api.post("/webhooks/stripe", null, payload,
                signature == null ? java.util.Map.of() : java.util.Map.of("Stripe-Signature", signature));
    }

    ApiClient.Response signedWebhook(String payload) {
        return webhook(payload, stripeSignature(payload, java.time.Instant.now().getEpochSecond(), WEBHOOK_SECRET));
    }

    static String succeeded(String intentId, String userId, String credits) {
        return "{\"id\":\"evt_" + intentId + "\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{"
                + "\"id\":\"" + intentId + "\",\"amount\":1000,\"currency\":\"usd\",\"metadata\":{"
                + "\"user_id\":\"" + userId + "\",\"credits\":\"" + credits + "\"}}}}";
    }

    @Test
    void aTopUpStartsAPaymentAndTheSignedWebhookGrantsItExactlyOnce() {
        ApiClient.Response started = api.post("/api/v1/users/me/wallet/top-up", SELLER_3, "{\"amount_usd\": 10}");

        assertThat(started.status()).as("top-up answered %s", started.body()).isEqualTo(200);
        assertThat(started.body().get("credits_to_grant").asString()).isEqualTo("333.33");
        assertThat(started.body().get("amount_usd").asString()).isEqualTo("10");
        assertThat(started.body().get("client_secret").asString()).isNotBlank();
        String intent = started.body().get("payment_intent_id").asString();
        assertThat(intent).startsWith("pi_test_");
        String balanceBefore = api.get("/api/v1/users/me/wallet", SELLER_3).body().get("balance").asString();

        String event = succeeded(intent, "5", "333.33");
        ApiClient.Response first = signedWebhook(event);
        ApiClient.Response again = signedWebhook(event);

        assertThat(first.status()).as("webhook answered %s", first.body()).isEqualTo(200);
        assertThat(first.body().get("status").asString()).isEqualTo("ok");
        assertThat(again.body().get("status").asString()).isEqualTo("already_processed");
        assertThat(new BigDecimal(api.get("/api/v1/users/me/wallet", SELLER_3).body().get("balance").asString()))
                .isEqualByComparingTo(new BigDecimal(balanceBefore).add(new BigDecimal("333.33")));
        JsonNode grant = api.get("/api/v1/users/me/transactions", SELLER_3).body().get("transactions").get(0);
        assertThat(grant.get("kind").asString()).isEqualTo("grant");
        assertThat(grant.get("amount").asString()).isEqualTo("333.33");
        assertThat(grant.get("reference_id").asString()).isEqualTo(intent);
        assertThat(grant.get("note").asString()).isEqualTo("test_topup");
        assertThat(grant.get("initiated_by").isNull()).as("a top-up is a system grant").isTrue();
    }

    @Test
    void aRetriedTopUpWithTheSameIdempotencyKeyIsTheSamePayment() {
        java.util.Map<String, String> key = java.util.Map.of("Idempotency-Key", "checkout-42");

        String first = api.post("/api/v1/users/me/wallet/top-up", SELLER_3, "{\"amount_usd\": 25}", key).body()
                .get("payment_intent_id").asString();
        String retry = api.post("/api/v1/users/me/wallet/top-up", SELLER_3, "{\"amount_usd\": 25}", key).body()
                .get("payment_intent_id").asString();
        String other = api.post("/api/v1/users/me/wallet/top-up", SELLER_3, "{\"amount_usd\": 25}").body()
                .get("payment_intent_id").asString();

        assertThat(retry).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void topUpAmountsOutsideOneToFiveHundredDollarsAre422() {
        for (String amount : new String[] {"0.99", "500.01", "-5"}) {
            ApiClient.Response response = api.post("/api/v1/users/me/wallet/top-up", SELLER_3,
                    "{\"amount_usd\": " + amount + "}");
            assertThat(response.status()).as("top-up of %s", amount).isEqualTo(422);
            assertThat(response.body().get("detail").asString())
                    .startsWith("amount_usd must be between 1.00 and 500.00");
        }
        assertThat(api.post("/api/v1/users/me/wallet/top-up", SELLER_3, "{}").status()).isEqualTo(422);
        assertThat(api.post("/api/v1/users/me/wallet/top-up", ADMIN, "{\"amount_usd\": 10}").status())
                .isEqualTo(403);
    }

    @Test
    void theWebhookRefusesAnythingNotSignedWithTheConfiguredSecret() {
        String event = succeeded("pi_forged_1", "5", "1000");
        long now = java.time.Instant.now().getEpochSecond();

        ApiClient.Response unsigned = webhook(event, null);
        ApiClient.Response wrongSecret = webhook(event, stripeSignature(event, now, "whsec_guessed"));
        ApiClient.Response tampered = webhook(event.replace("1000", "9000"), stripeSignature(event, now,
                WEBHOOK_SECRET));
        ApiClient.Response replayed = webhook(event, stripeSignature(event, now - 3600, WEBHOOK_SECRET));

        for (ApiClient.Response response : List.of(unsigned, wrongSecret, tampered, replayed)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body().get("detail").asString()).isEqualTo("invalid stripe signature");
        }
        assertThat(api.get("/api/v1/users/me/transactions", SELLER_3).body().get("transactions"))
                .noneSatisfy(t -> assertThat(t.get("reference_id").asString()).isEqualTo("pi_forged_1"));
    }

    @Test
    void theWebhookIgnoresOtherEventsAndRejectsIncompleteOnes() {
        ApiClient.Response other = signedWebhook("{\"id\":\"evt_1\",\"type\":\"payment_intent.created\","
                + "\"data\":{\"object\":{\"id\":\"pi_x\"}}}");
        ApiClient.Response noMetadata = signedWebhook("{\"id\":\"evt_2\",\"type\":\"payment_intent.succeeded\","
                + "\"data\":{\"object\":{\"id\":\"pi_y\"}}}");
        ApiClient.Response notJson = signedWebhook("{not json");

        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body().get("status").asString()).isEqualTo("ignored");
        assertThat(noMetadata.status()).isEqualTo(422);
        assertThat(notJson.status()).isEqualTo(422);
    }

    // --- admin: the second grant route and usage analytics ---

    @Test
    void theUserWalletGrantRouteAnswersWithWhatWasGranted() {
        ApiClient.Response grant = api.post("/api/v1/admin/users/6/wallet/grant", ADMIN,
                "{\"amount\": 12.5, \"note\": \"support gesture\"}");

        assertThat(grant.status()).isEqualTo(200);
        assertThat(grant.body().get("user_id").asString()).isEqualTo("6");
        assertThat(grant.body().get("credits_granted").asString()).isEqualTo("12.5");
        assertThat(grant.body().get("new_balance").asString()).isEqualTo("12.5");
        assertThat(grant.body().get("initiated_by").asString()).isEqualTo("admin-1");
        JsonNode wallet = api.get("/api/v1/admin/wallets/6", ADMIN).body();
        assertThat(wallet.get("recent_transactions").get(0).get("initiated_by").asString()).isEqualTo("admin-1");
        for (String amount : new String[] {"0", "-1", "10000.01"}) {
            assertThat(api.post("/api/v1/admin/users/6/wallet/grant", ADMIN, "{\"amount\": " + amount + "}")
                    .status()).as("grant of %s", amount).isEqualTo(422);
        }
        ApiClient.Response bySeller = api.post("/api/v1/admin/users/6/wallet/grant", SELLER_1, "{\"amount\": 1}");
        assertThat(bySeller.status()).isEqualTo(403);
        assertThat(bySeller.body().get("detail").asString()).isEqualTo("Admin access required.");
    }

    @Test
    void usageAnalyticsListsEachUsersModelUsageMostCreditsFirst() {
        assertThat(draft(SELLER_1, idOf("совместим ли он с беспроводной"), true).status()).isEqualTo(200);

        ApiClient.Response response = api.get("/api/v1/admin/analytics/usage", ADMIN);

        assertThat(response.status()).isEqualTo(200);
        JsonNode rows = response.body().get("rows");
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("user_id").asString()).isEqualTo("1");
            assertThat(row.get("model_alias").asString()).isEqualTo("deepseek");
            assertThat(row.get("event_count").asLong()).isPositive();
            assertThat(row.get("total_input_tokens").asLong()).isPositive();
            assertThat(row.get("total_output_tokens").asLong()).isPositive();
            assertThat(new BigDecimal(row.get("total_credits_burned").asString())).isPositive();
        });
        assertThat(response.body().get("limit").asInt()).isEqualTo(20);
        assertThat(api.get("/api/v1/admin/analytics/usage?limit=1", ADMIN).body().get("rows")).hasSize(1);
        assertThat(api.get("/api/v1/admin/analytics/usage?start_date=2020-01-01&end_date=2020-01-31", ADMIN).body()
                .get("rows")).isEmpty();
    }

    @Test
    void usageAnalyticsBoundsAreTheSeeds() {
        ApiClient.Response reversed = api.get("/api/v1/admin/analytics/usage?start_date=2026-03-10"
                + "&end_date=2026-03-01", ADMIN);

        assertThat(reversed.status()).isEqualTo(422);
        assertThat(reversed.body().get("detail").asString()).startsWith("end_date must not be before start_date");
        assertThat(api.get("/api/v1/admin/analytics/usage?limit=0", ADMIN).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/analytics/usage?limit=201", ADMIN).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/analytics/usage?limit=200", ADMIN).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/admin/analytics/usage?offset=-1", ADMIN).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/analytics/usage", SELLER_1).status()).isEqualTo(403);
    }

    @Test
    void activeUsersCountsWhoUsedTheAiInTheWindowAndWhoIsNew() {
        assertThat(draft(SELLER_1, idOf("совместим ли он с беспроводной"), true).status()).isEqualTo(200);

        JsonNode week = api.get("/api/v1/admin/analytics/active-users?window=week", ADMIN).body();

        assertThat(week.get("window").asString()).isEqualTo("week");
        assertThat(week.get("active_users").asLong()).isPositive();
        assertThat(week.get("new_users").asLong()).as("every call of this run is today's")
                .isEqualTo(week.get("active_users").asLong());
        JsonNode past = api.get("/api/v1/admin/analytics/active-users?window=month&as_of=2020-01-31", ADMIN).body();
        assertThat(past.get("active_users").asLong()).isZero();
        assertThat(past.get("from_date").asString()).isEqualTo("2020-01-02");
        assertThat(api.get("/api/v1/admin/analytics/active-users?window=year", ADMIN).status()).isEqualTo(422);
        assertThat(api.get("/api/v1/admin/analytics/active-users", SELLER_1).status()).isEqualTo(403);
    }
}
