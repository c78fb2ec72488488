package ru.agentiq.billing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.billing.usage.UsageFixtures.call;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.memory.InMemoryLedgerStore;
import ru.agentiq.billing.memory.InMemoryUsageEventStore;
import ru.agentiq.core.ValidationException;

class UsageReportsTest {

    private static final AccountId ALICE = AccountId.of("alice");
    private static final AccountId BOB = AccountId.of("bob");

    private final LedgerStore ledger = new InMemoryLedgerStore();
    private final UsageEventStore store = new InMemoryUsageEventStore();
    private final UsageReports reports = new UsageReports(store);

    private void record(AccountId account, String id, String model, String credits, String at, boolean fallback) {
        ledger.inUnitOfWork(unit -> store.append(unit, call(account, id, model, credits, Instant.parse(at), fallback)));
    }

    private void record(AccountId account, String id, String model, String credits, String at) {
        record(account, id, model, credits, at, false);
    }

    @Nested
    class Summary {
        @Test
        void totalsAndBreaksDownByModelSortedByAlias() {
            record(ALICE, "1", "gpt-4o", "1.5", "2026-03-02T10:00:00Z");
            record(ALICE, "2", "deepseek", "0.25", "2026-03-02T11:00:00Z", true);
            record(BOB, "3", "deepseek", "0.0001", "2026-03-03T11:00:00Z");
            UsageSummary summary = reports.summary(UsageSummaryQuery.all());
            assertThat(summary.totalCreditsBurned()).isEqualTo(Credits.of("1.7501"));
            assertThat(summary.totalLlmCalls()).isEqualTo(3);
            assertThat(summary.totalOutputTokens()).isEqualTo(300);
            assertThat(summary.fallbackCalls()).isEqualTo(1);
            assertThat(summary.breakdown()).containsExactly(
                    new UsageSummary.ModelUsage("deepseek", 2, Credits.of("0.2501"), 1),
                    new UsageSummary.ModelUsage("gpt-4o", 1, Credits.of("1.5"), 0));
            assertThat(summary.buckets()).as("no bucket asked for").isEmpty();
            assertThat(summary.bucket()).isNull();
        }

        @Test
        void anEmptyPeriodSumsToZero() {
            UsageSummary summary = reports.summary(UsageSummaryQuery.bucketed(UsageBucket.DAY));
            assertThat(summary.totalCreditsBurned()).isEqualTo(Credits.ZERO);
            assertThat(summary.totalLlmCalls()).isZero();
            assertThat(summary.breakdown()).isEmpty();
            assertThat(summary.buckets()).isEmpty();
        }

        @Test
        void filtersByAccountAndModel() {
            record(ALICE, "1", "gpt-4o", "1.5", "2026-03-02T10:00:00Z");
            record(ALICE, "2", "deepseek", "0.25", "2026-03-02T11:00:00Z");
            record(BOB, "3", "deepseek", "2", "2026-03-03T11:00:00Z");
            assertThat(reports.summary(UsageSummaryQuery.all().withAccount(ALICE)).totalCreditsBurned())
                    .isEqualTo(Credits.of("1.75"));
            assertThat(reports.summary(UsageSummaryQuery.all().withModelAlias("deepseek")).totalCreditsBurned())
                    .isEqualTo(Credits.of("2.25"));
        }

        @Test
        void dateFiltersIncludeBothCalendarDays() {
            record(ALICE, "1", "m", "1", "2026-03-01T23:59:59Z");
            record(ALICE, "2", "m", "2", "2026-03-02T00:00:00Z");
            record(ALICE, "3", "m", "4", "2026-03-03T23:59:59.999Z");
            record(ALICE, "4", "m", "8", "2026-03-04T00:00:00Z");
            UsageSummary summary = reports.summary(UsageSummaryQuery.all()
                    .withDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3)));
            assertThat(summary.totalCreditsBurned()).isEqualTo(Credits.of(6));
            assertThat(summary.fromDate()).isEqualTo(LocalDate.of(2026, 3, 2));
            assertThat(summary.toDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        }

        @Test
        void rejectsAnEndBeforeTheStart() {
            assertThatThrownBy(() -> UsageSummaryQuery.all().withDates(LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 1)))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("toDate must not be before fromDate, was 2026-03-01 < 2026-03-02");
        }
    }

    @Nested
    class Buckets {
        @Test
        void dayBucketsAreCalendarDaysOldestFirstWithCallsOnly() {
            record(ALICE, "1", "m", "1", "2026-03-04T10:00:00Z");
            record(ALICE, "2", "m", "2", "2026-03-02T10:00:00Z");
            record(ALICE, "3", "m", "0.5", "2026-03-02T23:00:00Z");
            UsageSummary summary = reports.summary(UsageSummaryQuery.bucketed(UsageBucket.DAY));
            assertThat(summary.bucket()).isEqualTo(UsageBucket.DAY);
            assertThat(summary.buckets()).containsExactly(
                    new UsageSummary.BucketUsage(LocalDate.of(2026, 3, 2), Credits.of("2.5"), 2),
                    new UsageSummary.BucketUsage(LocalDate.of(2026, 3, 4), Credits.of(1), 1));
        }

        @Test
        void weekBucketsStartOnMonday() {
            record(ALICE, "1", "m", "1", "2026-03-01T10:00:00Z"); // Sunday: week of Mon 23 Feb
            record(ALICE, "2", "m", "2", "2026-03-02T10:00:00Z"); // Monday
            record(ALICE, "3", "m", "4", "2026-03-08T23:59:59Z"); // Sunday, same week
            UsageSummary summary = reports.summary(UsageSummaryQuery.bucketed(UsageBucket.WEEK));
            assertThat(summary.buckets()).containsExactly(
                    new UsageSummary.BucketUsage(LocalDate.of(2026, 2, 23), Credits.of(1), 1),
                    new UsageSummary.BucketUsage(LocalDate.of(2026, 3, 2), Credits.of(6), 2));
        }

        @Test
        void monthBucketsStartOnTheFirst() {
            record(ALICE, "1", "m", "1", "2026-02-28T10:00:00Z");
            record(ALICE, "2", "m", "2", "2026-03-01T00:00:00Z");
            record(ALICE, "3", "m", "4", "2026-03-31T23:59:59Z");
            UsageSummary summary = reports.summary(UsageSummaryQuery.bucketed(UsageBucket.MONTH));
            assertThat(summary.buckets()).containsExactly(
                    new UsageSummary.BucketUsage(LocalDate.of(2026, 2, 1), Credits.of(1), 1),
                    new UsageSummary.BucketUsage(LocalDate.of(2026, 3, 1), Credits.of(6), 2));
        }

        @Test
        void daysAreTakenInTheConfiguredTimeZone() {
            record(ALICE, "1", "m", "1", "2026-03-01T22:30:00Z"); // 01:30 on 2 March in Moscow
            UsageReports moscow = new UsageReports(store, ZoneId.of("Europe/Moscow"));
            assertThat(moscow.summary(UsageSummaryQuery.bucketed(UsageBucket.DAY)).buckets())
                    .extracting(UsageSummary.BucketUsage::start).containsExactly(LocalDate.of(2026, 3, 2));
            assertThat(reports.summary(UsageSummaryQuery.bucketed(UsageBucket.DAY)).buckets())
                    .extracting(UsageSummary.BucketUsage::start).containsExactly(LocalDate.of(2026, 3, 1));
            assertThat(moscow.summary(UsageSummaryQuery.all().withDates(LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 3, 2))).totalLlmCalls()).isEqualTo(1);
        }

        @Test
        void bucketNamesAreTheSeeds() {
            assertThat(UsageBucket.fromWire("Week")).isEqualTo(UsageBucket.WEEK);
            assertThatThrownBy(() -> UsageBucket.fromWire("year"))
                    .hasMessage("bucket must be one of day|week|month, was 'year'");
        }
    }

    @Nested
    class Listings {
        @Test
        void anAccountSeesItsOwnCallsNewestFirstWithTheTotal() {
            record(ALICE, "1", "m", "1", "2026-03-02T10:00:00Z");
            record(ALICE, "2", "m", "2", "2026-03-02T11:00:00Z");
            record(BOB, "3", "m", "4", "2026-03-02T12:00:00Z");
            UsagePage page = reports.events(ALICE, 50, 0);
            assertThat(page.total()).isEqualTo(2);
            assertThat(page.events()).extracting(e -> e.call().requestId()).containsExactly("2", "1");
            assertThatThrownBy(() -> reports.events(ALICE, 201, 0)).hasMessage("limit must be 1..200, was 201");
        }

        @Test
        void perAccountUsageIsSortedByCreditsAndGroupedByModel() {
            record(ALICE, "1", "deepseek", "1", "2026-03-02T10:00:00Z");
            record(ALICE, "2", "deepseek", "2", "2026-03-02T11:00:00Z");
            record(ALICE, "3", "gpt-4o", "5", "2026-03-02T11:00:00Z");
            record(BOB, "4", "deepseek", "4", "2026-03-02T12:00:00Z");
            record(BOB, "5", "deepseek", "100", "2026-03-05T12:00:00Z");
            var rows = reports.perAccount(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), 20, 0);
            assertThat(rows).containsExactly(
                    new AccountUsage(ALICE, "gpt-4o", 1000, 100, Credits.of(5), 1),
                    new AccountUsage(BOB, "deepseek", 1000, 100, Credits.of(4), 1),
                    new AccountUsage(ALICE, "deepseek", 2000, 200, Credits.of(3), 2));
            assertThat(reports.perAccount(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), 1, 1))
                    .extracting(AccountUsage::account).containsExactly(BOB);
        }
    }

    @Nested
    class ActiveUsers {
        private static final AccountId CAROL = AccountId.of("carol");

        @Test
        void countsAccountsWithCallsInTheWindowAndThoseWhoseFirstCallIsInIt() {
            record(ALICE, "1", "deepseek", "1", "2026-02-01T10:00:00Z");     // long-standing
            record(ALICE, "2", "deepseek", "1", "2026-03-09T10:00:00Z");
            record(BOB, "3", "deepseek", "1", "2026-03-03T00:00:00Z");       // first day of the week window
            record(BOB, "4", "deepseek", "1", "2026-03-05T12:00:00Z");
            record(CAROL, "5", "deepseek", "1", "2026-03-10T00:00:00Z");     // the day after as_of

            ActiveAccounts week = reports.activeAccounts(ActivityWindow.WEEK, LocalDate.of(2026, 3, 9));

            assertThat(week.fromDate()).isEqualTo(LocalDate.of(2026, 3, 3));
            assertThat(week.activeAccounts()).isEqualTo(2);
            assertThat(week.newAccounts()).as("bob; alice called before").isEqualTo(1);
        }

        @Test
        void aDayWindowIsTheDayAloneAndAMonthThirtyDays() {
            record(ALICE, "1", "deepseek", "1", "2026-03-08T23:59:59Z");
            record(BOB, "2", "deepseek", "1", "2026-02-08T00:00:00Z");

            assertThat(reports.activeAccounts(ActivityWindow.DAY, LocalDate.of(2026, 3, 9)).activeAccounts()).isZero();
            ActiveAccounts month = reports.activeAccounts(ActivityWindow.MONTH, LocalDate.of(2026, 3, 9));
            assertThat(month.fromDate()).isEqualTo(LocalDate.of(2026, 2, 8));
            assertThat(month.activeAccounts()).isEqualTo(2);
            assertThat(month.newAccounts()).isEqualTo(2);
        }

        @Test
        void windowsHaveTheSeedsWireNames() {
            assertThat(ActivityWindow.fromWire("month")).isEqualTo(ActivityWindow.MONTH);
            assertThatThrownBy(() -> ActivityWindow.fromWire("year")).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("window");
        }
    }
}
