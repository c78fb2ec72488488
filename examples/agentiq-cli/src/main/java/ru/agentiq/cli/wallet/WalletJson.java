package ru.agentiq.cli.wallet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.ledger.CreditTransaction;
import ru.agentiq.billing.ledger.Wallet;
import ru.agentiq.billing.usage.UsageSummary;
import ru.agentiq.cli.json.Json;

/**
 * Wallet values as the seed system's JSON: snake_case names ({@code balance_after}, {@code initiated_by},
 * {@code total_credits_burned}, …), decimals as strings without trailing zeros ({@code "5.25"}, {@code "0"}),
 * ISO-8601 instants.
 */
final class WalletJson {

    private WalletJson() {
    }

    static ObjectNode transaction(CreditTransaction t) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("id", t.id().value());
        node.put("user_id", t.account().value());
        node.put("kind", t.kind().wire());
        node.put("amount", t.amount().toString());
        node.put("balance_after", t.balanceAfter().toString());
        node.put("initiated_by", t.initiatedBy() == null ? null : t.initiatedBy().value());
        node.put("note", t.note());
        node.put("reference_id", t.referenceId());
        if (t.refundOf() != null) {
            node.put("refund_of", t.refundOf().value());
        }
        node.put("idempotency_key", t.idempotencyKey().value());
        node.put("created_at", instant(t.createdAt()));
        return node;
    }

    static ArrayNode transactions(List<CreditTransaction> transactions) {
        ArrayNode array = Json.mapper().createArrayNode();
        transactions.forEach(t -> array.add(transaction(t)));
        return array;
    }

    static ObjectNode wallet(Wallet wallet) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("user_id", wallet.account().value());
        node.put("balance", wallet.balance().toString());
        node.put("held", wallet.held().toString());
        node.put("available", wallet.available().toString());
        return node;
    }

    static ObjectNode summary(UsageSummary summary) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("total_credits_burned", summary.totalCreditsBurned().toString());
        node.put("total_llm_calls", summary.totalLlmCalls());
        node.put("total_output_tokens", summary.totalOutputTokens());
        node.put("fallback_calls", summary.fallbackCalls());
        node.put("from_date", summary.fromDate() == null ? null : summary.fromDate().toString());
        node.put("to_date", summary.toDate() == null ? null : summary.toDate().toString());
        node.put("bucket", summary.bucket() == null ? null : summary.bucket().wire());
        ArrayNode breakdown = node.putArray("breakdown");
        for (UsageSummary.ModelUsage model : summary.breakdown()) {
            ObjectNode row = breakdown.addObject();
            row.put("model_alias", model.modelAlias());
            row.put("call_count", model.callCount());
            row.put("credits_burned", model.creditsBurned().toString());
            row.put("fallback_count", model.fallbackCount());
        }
        // the seed calls the bucket list "daily" whatever the bucket is
        ArrayNode daily = node.putArray("daily");
        for (UsageSummary.BucketUsage bucket : summary.buckets()) {
            ObjectNode row = daily.addObject();
            row.put("date", bucket.start().toString());
            row.put("credits_burned", bucket.creditsBurned().toString());
            row.put("call_count", bucket.callCount());
        }
        return node;
    }

    static String credits(Credits credits) {
        return credits.toString();
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
