package ru.agentiq.cli.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.agentiq.cli.AgentIqCli;
import ru.agentiq.cli.EmbeddedStore;
import ru.agentiq.cli.json.Json;

class WalletCommandTest {

    private final EmbeddedStore store = new EmbeddedStore(
            Clock.fixed(Instant.parse("2026-03-04T12:00:00Z"), ZoneOffset.UTC));

    private record Result(int exitCode, String out, String err) {
        JsonNode json() {
            try {
                return Json.mapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    private Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = AgentIqCli.run(store, new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    private static String[] args(String line) {
        return line.split(" ");
    }

    @Nested
    class Grant {
        @Test
        void printsTheGrantWithTheSeedsFieldNames() {
            Result result = run(args("wallet grant --user seller-1 --amount 5.2500 --admin admin-7 --note welcome"));
            assertThat(result.exitCode()).isZero();
            JsonNode json = result.json();
            assertThat(json.get("user_id").asText()).isEqualTo("seller-1");
            assertThat(json.get("new_balance").asText()).isEqualTo("5.25");
            assertThat(json.get("transaction_id").asLong()).isPositive();
            JsonNode t = json.get("transaction");
            assertThat(t.get("kind").asText()).isEqualTo("grant");
            assertThat(t.get("amount").asText()).isEqualTo("5.25");
            assertThat(t.get("balance_after").asText()).isEqualTo("5.25");
            assertThat(t.get("initiated_by").asText()).isEqualTo("admin-7");
            assertThat(t.get("note").asText()).isEqualTo("welcome");
            assertThat(t.get("created_at").asText()).isEqualTo("2026-03-04T12:00:00Z");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "10000.01"})
        void refusesAmountsOutsideTheLimitWithOneLineNamingTheAmount(String amount) {
            Result result = run("wallet", "grant", "--user", "seller-1", "--amount", amount, "--admin", "admin-7");
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo("agentiq: amount must be greater than 0 and at most 10000, was "
                    + amount + System.lineSeparator());
            assertThat(store.ledger().findWallet(ru.agentiq.billing.AccountId.of("seller-1"))).isEmpty();
        }

        @Test
        void aNonNumberIsABadArgument() {
            Result result = run(args("wallet grant --user seller-1 --amount ten --admin admin-7"));
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("--amount").contains("(see 'agentiq wallet grant --help')");
        }

        @Test
        void theAdministratorIsRequired() {
            Result result = run(args("wallet grant --user seller-1 --amount 5"));
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).contains("--admin");
        }

        @Test
        void aRepeatedKeyGrantsOnce() {
            run(args("wallet grant --user seller-1 --amount 5 --admin admin-7 --key g-1"));
            Result again = run(args("wallet grant --user seller-1 --amount 5 --admin admin-7 --key g-1"));
            assertThat(again.json().get("replayed").asBoolean()).isTrue();
            assertThat(again.json().get("new_balance").asText()).isEqualTo("5");
        }
    }

    @Nested
    class Debit {
        @Test
        void printsBalanceAfterAndLowBalanceAndMayOverdraw() {
            run(args("wallet grant --user seller-1 --amount 1 --admin admin-7"));
            Result result = run(args("wallet debit --user seller-1 --amount 1.5 --reference turn-1"));
            assertThat(result.exitCode()).isZero();
            JsonNode json = result.json();
            assertThat(json.get("balance_after").asText()).isEqualTo("-0.5");
            assertThat(json.get("low_balance").asBoolean()).isTrue();
            assertThat(json.get("transaction").get("kind").asText()).isEqualTo("debit");
            assertThat(json.get("transaction").get("amount").asText()).isEqualTo("-1.5");
            assertThat(json.get("transaction").get("initiated_by").isNull()).isTrue();
            assertThat(json.get("transaction").get("reference_id").asText()).isEqualTo("turn-1");
        }

        @Test
        void theReferenceMakesARetryChargeOnce() {
            run(args("wallet debit --user seller-1 --amount 2 --reference turn-1"));
            Result retry = run(args("wallet debit --user seller-1 --amount 2 --reference turn-1"));
            assertThat(retry.exitCode()).isZero();
            assertThat(retry.json().get("replayed").asBoolean()).isTrue();
            assertThat(retry.json().get("balance_after").asText()).isEqualTo("-2");
        }

        @Test
        void aReferenceReusedForAnotherAmountIsRefused() {
            run(args("wallet debit --user seller-1 --amount 2 --reference turn-1"));
            Result conflict = run(args("wallet debit --user seller-1 --amount 3 --reference turn-1"));
            assertThat(conflict.exitCode()).isEqualTo(1);
            assertThat(conflict.err()).startsWith("agentiq: idempotency key 'turn-1'").contains("amount -3 instead of -2");
            assertThat(conflict.err().lines()).hasSize(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "10000.01"})
        void refusesAmountsOutsideTheLimitNamingTheAmount(String amount) {
            Result result = run("wallet", "debit", "--user", "seller-1", "--amount", amount, "--reference", "t");
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).endsWith("was " + amount + System.lineSeparator());
            assertThat(result.err().lines()).hasSize(1);
        }
    }

    @Nested
    class ShowAndTransactions {
        @Test
        void showsBalanceAndTheNewestTransactionsWithAttribution() {
            run(args("wallet grant --user seller-1 --amount 10 --admin admin-7"));
            run(args("wallet debit --user seller-1 --amount 0.25 --reference turn-1"));
            Result result = run(args("wallet show --user seller-1"));
            assertThat(result.exitCode()).isZero();
            JsonNode json = result.json();
            assertThat(json.get("balance").asText()).isEqualTo("9.75");
            assertThat(json.get("low_balance").asBoolean()).isFalse();
            JsonNode recent = json.get("recent_transactions");
            assertThat(recent).hasSize(2);
            assertThat(recent.get(0).get("kind").asText()).isEqualTo("debit");
            assertThat(recent.get(1).get("initiated_by").asText()).isEqualTo("admin-7");
        }

        @Test
        void anUnknownWalletIsNotFound() {
            Result result = run(args("wallet show --user nobody"));
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).isEqualTo("agentiq: Wallet not found for account 'nobody'." + System.lineSeparator());
        }

        @Test
        void listsOnlyTheUsersOwnTransactionsNewestFirst() {
            run(args("wallet grant --user seller-1 --amount 10 --admin admin-7"));
            run(args("wallet grant --user seller-2 --amount 3 --admin admin-7"));
            run(args("wallet debit --user seller-1 --amount 1 --reference turn-1"));
            JsonNode json = run(args("wallet transactions --user seller-1")).json();
            assertThat(json.get("total").asLong()).isEqualTo(2);
            assertThat(json.get("transactions").get(0).get("kind").asText()).isEqualTo("debit");
            assertThat(json.get("transactions").get(1).get("kind").asText()).isEqualTo("grant");
            json.get("transactions").forEach(t -> assertThat(t.get("user_id").asText()).isEqualTo("seller-1"));
        }
    }

    @Nested
    class Usage {
        @Test
        void anEmptyStoreSumsToZero() {
            JsonNode json = run(args("wallet usage --bucket day")).json();
            assertThat(json.get("total_credits_burned").asText()).isEqualTo("0");
            assertThat(json.get("total_llm_calls").asLong()).isZero();
            assertThat(json.get("daily")).isEmpty();
        }

        @Test
        void theDemoWeekHasDailyBucketsEndingToday() {
            Result result = run(args("wallet usage --bucket day --demo"));
            assertThat(result.exitCode()).isZero();
            JsonNode json = result.json();
            assertThat(json.get("bucket").asText()).isEqualTo("day");
            JsonNode daily = json.get("daily");
            assertThat(daily).hasSize(7);
            assertThat(daily.get(6).get("date").asText()).isEqualTo("2026-03-04");
            assertThat(json.get("fallback_calls").asLong()).isPositive();
            long calls = 0;
            for (JsonNode day : daily) {
                calls += day.get("call_count").asLong();
            }
            assertThat(calls).isEqualTo(json.get("total_llm_calls").asLong());
            assertThat(json.get("breakdown")).extracting(b -> b.get("model_alias").asText())
                    .containsExactly("deepseek", "gpt-4o-mini");
        }

        @Test
        void weekAndMonthBucketsStartOnMondayAndTheFirst() {
            JsonNode week = run(args("wallet usage --bucket week --demo")).json().get("daily");
            assertThat(week).extracting(d -> d.get("date").asText()).containsExactly("2026-02-23", "2026-03-02");
            JsonNode month = run(args("wallet usage --bucket month")).json().get("daily");
            assertThat(month).extracting(d -> d.get("date").asText()).containsExactly("2026-02-01", "2026-03-01");
        }

        @Test
        void theDemoUsageIsPaidFromTheDemoWallet() {
            JsonNode usage = run(args("wallet usage --demo --user 1")).json();
            JsonNode wallet = run(args("wallet show --user 1")).json();
            java.math.BigDecimal burned = new java.math.BigDecimal(usage.get("total_credits_burned").asText());
            assertThat(new java.math.BigDecimal(wallet.get("balance").asText()))
                    .isEqualByComparingTo(new java.math.BigDecimal("25").subtract(burned));
        }

        @Test
        void anUnknownBucketIsABadArgument() {
            Result result = run(args("wallet usage --bucket year"));
            assertThat(result.exitCode()).isEqualTo(2);
            assertThat(result.err()).startsWith("agentiq: bucket must be one of day|week|month, was 'year'");
        }
    }

    @Test
    void walletWithoutASubcommandIsABadArgument() {
        Result result = run("wallet");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("grant, debit, show, transactions or usage");
    }
}
