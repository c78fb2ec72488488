package ru.agentiq.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.LedgerStore;
import ru.agentiq.billing.memory.InMemoryLedgerStore;
import ru.agentiq.billing.memory.InMemoryPaymentProvider;
import ru.agentiq.billing.payment.PaymentProvider;
import ru.agentiq.billing.payment.TopUpQuote;
import ru.agentiq.billing.payment.TopUpService;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.billing.policy.EnforcementSource;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.guardrails.SellerGuardrails;
import ru.agentiq.core.priority.InteractionPrioritizer;
import ru.agentiq.core.reply.ReplyDispatcher;
import ru.agentiq.core.reply.ReplyService;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.jdbc.billing.JdbcLedgerStore;
import ru.agentiq.wb.WbConfig;
import ru.agentiq.wb.WbConnector;
import ru.agentiq.wb.reply.WbReplyDispatcher;

/** The billing and WB auto-configurations: each condition, and defaults equal to the SDK's constants. */
class AgentIqModulesAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AgentIqJdbcAutoConfiguration.class,
                    AgentIqWbAutoConfiguration.class, AgentIqAutoConfiguration.class,
                    AgentIqBillingAutoConfiguration.class));

    private final ApplicationContextRunner withDataSource = runner
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:modules-" + java.util.UUID.randomUUID() + ";MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

    @Nested
    class Core {

        @Test
        void wiresPriorityGuardrailsAndReplies() {
            runner.run(context -> {
                assertThat(context).hasSingleBean(InteractionPrioritizer.class).hasSingleBean(SellerGuardrails.class)
                        .hasSingleBean(ReplyService.class);
                assertThat(context.getBean(ReplyDispatcher.class)).isInstanceOf(RecordOnlyReplyDispatcher.class);
            });
        }
    }

    @Nested
    class Billing {

        @Test
        void usesTheInMemoryLedgerWithoutADataSource() {
            runner.run(context -> {
                assertThat(context).hasSingleBean(CreditLedger.class);
                assertThat(context.getBean(LedgerStore.class)).isInstanceOf(InMemoryLedgerStore.class);
            });
        }

        @Test
        void usesTheJdbcLedgerWithADataSource() {
            withDataSource.run(context -> assertThat(context.getBean(LedgerStore.class))
                    .isInstanceOf(JdbcLedgerStore.class));
        }

        @Test
        void enforcementIsOffByDefaultAndOnWhenConfigured() {
            runner.run(context -> {
                CreditPolicy policy = context.getBean(CreditPolicy.class);
                assertThat(policy.enforcement().enabled()).isFalse();
                assertThat(policy.enforcement().source()).isEqualTo(EnforcementSource.CONFIG);
            });
            runner.withPropertyValues("agentiq.billing.credit-enforcement-enabled=true",
                    "agentiq.billing.low-balance-threshold=12.5").run(context -> {
                        CreditPolicy policy = context.getBean(CreditPolicy.class);
                        assertThat(policy.enforcement().enabled()).isTrue();
                        assertThat(policy.lowBalanceThreshold()).isEqualTo(Credits.of("12.5"));
                    });
        }

        @Test
        void offersNoTopUpsWithoutAPaymentProvider() {
            runner.run(context -> assertThat(context).doesNotHaveBean(TopUpService.class));
        }

        @Test
        void sellsCreditsThroughTheApplicationsPaymentProviderWithinTheConfiguredLimits() {
            runner.withBean(PaymentProvider.class, () -> new InMemoryPaymentProvider("test"))
                    .withPropertyValues("agentiq.billing.top-up.min-amount=5", "agentiq.billing.top-up.max-amount=50",
                            "agentiq.billing.top-up.currency=EUR", "agentiq.billing.top-up.price-per-credit=0.05")
                    .run(context -> {
                        TopUpService topUps = context.getBean(TopUpService.class);
                        TopUpQuote quote = topUps.quote(new BigDecimal("10"));
                        assertThat(quote.currency().getCurrencyCode()).isEqualTo("EUR");
                        assertThat(quote.credits()).isEqualTo(Credits.of("200"));
                        assertThatThrownBy(() -> topUps.quote(new BigDecimal("4.99")))
                                .isInstanceOf(ValidationException.class).hasMessageContaining("between 5 and 50");
                    });
        }

        @Test
        void isAbsentWithoutAgentIqBilling() {
            runner.withClassLoader(new FilteredClassLoader(CreditLedger.class)).run(context ->
                    assertThat(context).doesNotHaveBean(CreditLedger.class).hasSingleBean(ReplyService.class));
        }
    }

    @Nested
    class Wildberries {

        @Test
        void isOffWithoutAToken() {
            runner.run(context -> {
                assertThat(context).doesNotHaveBean(WbConnector.class).doesNotHaveBean(SyncService.class);
            });
        }

        @Test
        void connectsWbForRepliesAndSyncWhenATokenIsSet() {
            runner.withPropertyValues("agentiq.wb.token=" + token(), "agentiq.wb.seller-id=7",
                    "agentiq.wb.feedbacks-base-url=http://localhost:9/fb", "agentiq.wb.chat-base-url=http://localhost:9/c")
                    .run(context -> {
                        assertThat(context).hasSingleBean(WbConnector.class).hasSingleBean(SyncService.class);
                        assertThat(context.getBean(ReplyDispatcher.class)).isInstanceOf(WbReplyDispatcher.class);
                        WbConfig config = context.getBean(WbConnector.class).config();
                        assertThat(config.feedbacksBaseUri()).hasToString("http://localhost:9/fb");
                        assertThat(config.chatBaseUri()).hasToString("http://localhost:9/c");
                    });
        }

        @Test
        void aMalformedTokenFailsStartUpWithoutShowingIt() {
            runner.withPropertyValues("agentiq.wb.token=secret with spaces").run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).hasStackTraceContaining("token must be a single word")
                        .satisfies(e -> assertThat(stackTrace(e)).doesNotContain("secret with spaces"));
            });
        }

        @Test
        void isAbsentWithoutTheConnector() {
            runner.withPropertyValues("agentiq.wb.token=" + token())
                    .withClassLoader(new FilteredClassLoader(WbConnector.class)).run(context ->
                            assertThat(context).doesNotHaveBean(SyncService.class).hasSingleBean(ReplyService.class));
        }
    }

    @Test
    void propertyDefaultsEqualTheSdkConstants() {
        AgentIqProperties properties = new AgentIqProperties();

        assertThat(properties.getBilling().isCreditEnforcementEnabled())
                .isEqualTo(CreditPolicy.DEFAULT_ENFORCEMENT_ENABLED);
        assertThat(Credits.of(properties.getBilling().getLowBalanceThreshold()))
                .isEqualTo(CreditPolicy.DEFAULT_LOW_BALANCE_THRESHOLD);
        AgentIqProperties.Billing.TopUp topUp = properties.getBilling().getTopUp();
        assertThat(topUp.getMinAmount()).isEqualByComparingTo(TopUpService.DEFAULT_MIN_AMOUNT);
        assertThat(topUp.getMaxAmount()).isEqualByComparingTo(TopUpService.DEFAULT_MAX_AMOUNT);
        assertThat(topUp.getCurrency()).isEqualTo(TopUpService.DEFAULT_CURRENCY.getCurrencyCode());
        assertThat(topUp.getPricePerCredit()).isEqualByComparingTo(TopUpService.DEFAULT_PRICE_PER_CREDIT);
        assertThat(properties.getWb().getFeedbacksBaseUrl()).isEqualTo(WbConfig.DEFAULT_FEEDBACKS_BASE_URI.toString());
        assertThat(properties.getWb().getChatBaseUrl()).isEqualTo(WbConfig.DEFAULT_CHAT_BASE_URI.toString());
        assertThat(properties.getJdbc().getDebitBatchSize()).isEqualTo(JdbcLedgerStore.DEFAULT_DEBIT_BATCH);
        assertThat(properties.getJdbc().getDebitCalls()).isEqualTo(JdbcLedgerStore.DEFAULT_DEBIT_CALLS);
    }

    @Test
    void wbPropertiesNeverPrintTheToken() {
        AgentIqProperties.Wb wb = new AgentIqProperties().getWb();
        wb.setToken("eyJsecret.payload.signature");

        assertThat(wb.toString()).doesNotContain("eyJsecret").contains("token=set");
    }

    /** A JWT shaped like WB's, with the Feedbacks/Questions and Buyers chat scope bits and a far expiry. */
    static String token() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"ES256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        long scopes = (1L << 7) | (1L << 9);
        String payload = b64.encodeToString(("{\"s\":" + scopes + ",\"acc\":3,\"exp\":"
                + Instant.parse("2030-01-01T00:00:00Z").getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".c2lnbmF0dXJl";
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
