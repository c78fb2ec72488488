package ru.agentiq.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.InteractionEventStore;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.memory.InMemoryInteractionEventStore;
import ru.agentiq.core.memory.InMemoryInteractionRepository;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.core.memory.InMemoryLinkCandidateStore;
import ru.agentiq.core.memory.InMemorySyncLock;
import ru.agentiq.core.reply.ReplyAttemptStore;
import ru.agentiq.core.sync.SyncCursorStore;
import ru.agentiq.core.sync.SyncLock;
import ru.agentiq.core.sync.SyncStatusStore;
import ru.agentiq.jdbc.customer.JdbcCustomerProfileStore;
import ru.agentiq.jdbc.interaction.JdbcInteractionRepository;
import ru.agentiq.jdbc.linking.JdbcLinkCandidateStore;
import ru.agentiq.jdbc.reply.JdbcReplyAttemptStore;
import ru.agentiq.jdbc.sync.JdbcSyncCursorStore;
import ru.agentiq.jdbc.sync.JdbcSyncLock;
import ru.agentiq.jdbc.sync.JdbcSyncStatusStore;
import ru.agentiq.jdbc.wb.JdbcRateBudget;
import ru.agentiq.wb.ratelimit.RateBudget;

class AgentIqAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AgentIqJdbcAutoConfiguration.class, AgentIqWbAutoConfiguration.class,
                    AgentIqAutoConfiguration.class, AgentIqBillingAutoConfiguration.class));

    private final ApplicationContextRunner withDataSource = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, AgentIqJdbcAutoConfiguration.class,
                    AgentIqWbAutoConfiguration.class, AgentIqAutoConfiguration.class,
                    AgentIqBillingAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:autoconfig-" + java.util.UUID.randomUUID() + ";MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");

    @Nested
    class WithoutADataSource {

        @Test
        void usesTheInMemoryAdapters() {
            runner.run(context -> {
                assertThat(context.getBean(LinkCandidateStore.class)).isInstanceOf(InMemoryLinkCandidateStore.class);
                assertThat(context.getBean(SyncLock.class)).isInstanceOf(InMemorySyncLock.class);
                assertThat(context).doesNotHaveBean(RateBudget.class);
                assertThat(context).hasSingleBean(InteractionRepository.class);
                assertThat(context.getBean(InteractionRepository.class)).isInstanceOf(InMemoryInteractionRepository.class);
                assertThat(context.getBean(InteractionEventStore.class)).isInstanceOf(InMemoryInteractionEventStore.class);
                assertThat(context).hasSingleBean(IngestionService.class);
                assertThat(context).doesNotHaveBean(AgentIqJdbc.class);
            });
        }

        @Test
        void keepsSellersSettingsInMemoryBehindTheWritablePorts() {
            runner.run(context -> {
                assertThat(context.getBean(ru.agentiq.core.priority.PrioritySettingsStore.class))
                        .isInstanceOf(ru.agentiq.core.memory.InMemoryPrioritySettings.class);
                assertThat(context.getBean(ru.agentiq.core.draft.DraftSettingsStore.class))
                        .isInstanceOf(ru.agentiq.core.memory.InMemoryDraftSettings.class);
                assertThat(context.getBean(ru.agentiq.core.autoresponse.AutoResponseSettingsStore.class))
                        .isInstanceOf(ru.agentiq.core.memory.InMemoryAutoResponseSettings.class);
                assertThat(context.getBean(ru.agentiq.core.sync.SellerSyncSettingsStore.class))
                        .isInstanceOf(ru.agentiq.core.memory.InMemorySellerSyncSettings.class);
                assertThat(context.getBean(ru.agentiq.core.guardrails.GuardrailsSettingsStore.class))
                        .isInstanceOf(ru.agentiq.core.memory.InMemoryGuardrailsSettings.class);
                assertThat(context.getBean(ru.agentiq.core.promo.PromoSettingsStore.class))
                        .isInstanceOf(ru.agentiq.core.memory.InMemoryPromoSettings.class);
                assertThat(context).hasSingleBean(ru.agentiq.core.priority.PriorityConfigSource.class)
                        .hasSingleBean(ru.agentiq.core.draft.DraftSettingsSource.class)
                        .hasSingleBean(ru.agentiq.core.promo.PromoSettingsSource.class);
            });
        }

        @Test
        void usesTheInMemoryAdaptersWhenAgentIqJdbcIsNotOnTheClasspath() {
            withDataSource.withClassLoader(new FilteredClassLoader(AgentIqJdbc.class)).run(context ->
                    assertThat(context.getBean(InteractionRepository.class))
                            .isInstanceOf(InMemoryInteractionRepository.class));
        }
    }

    @Nested
    class WithADataSource {

        @Test
        void usesTheJdbcAdaptersAndMigratesTheSchema() {
            withDataSource.run(context -> {
                assertThat(context).hasSingleBean(AgentIqJdbc.class).hasSingleBean(InteractionRepository.class);
                assertThat(context.getBean(InteractionRepository.class)).isInstanceOf(JdbcInteractionRepository.class);
                Integer tables = context.getBean(AgentIqJdbc.class).jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'interactions'")
                        .mapTo(Integer.class).one());
                assertThat(tables).isEqualTo(1);
            });
        }

        @Test
        void keepsLinksProfilesSyncProgressReplyAttemptsAndWbRateLimitsInTheDatabase() {
            withDataSource.run(context -> {
                assertThat(context.getBean(LinkCandidateStore.class)).isInstanceOf(JdbcLinkCandidateStore.class);
                assertThat(context.getBean(CustomerProfileStore.class))
                        .isInstanceOf(JdbcCustomerProfileStore.class);
                assertThat(context.getBean(SyncCursorStore.class)).isInstanceOf(JdbcSyncCursorStore.class);
                assertThat(context.getBean(SyncStatusStore.class)).isInstanceOf(JdbcSyncStatusStore.class);
                assertThat(context.getBean(SyncLock.class)).isInstanceOf(JdbcSyncLock.class);
                assertThat(context.getBean(ReplyAttemptStore.class)).isInstanceOf(JdbcReplyAttemptStore.class);
                assertThat(context.getBean(RateBudget.class)).isInstanceOf(JdbcRateBudget.class);
                assertThat(context.getBean(AgentIqJdbc.class).clock()).isSameAs(context.getBean(Clock.class));
            });
        }

        @Test
        void keepsSellersSettingsInTheDatabaseAndTheInMemoryOnesBackOff() {
            withDataSource.withPropertyValues("agentiq.drafts.tone=formal").run(context -> {
                assertThat(context).hasSingleBean(ru.agentiq.core.priority.PriorityConfigSource.class)
                        .hasSingleBean(ru.agentiq.core.draft.DraftSettingsSource.class)
                        .hasSingleBean(ru.agentiq.core.autoresponse.AutoResponseSettingsSource.class)
                        .hasSingleBean(ru.agentiq.core.sync.SellerSyncSettings.class)
                        .hasSingleBean(ru.agentiq.core.guardrails.GuardrailsConfigSource.class)
                        .hasSingleBean(ru.agentiq.core.promo.PromoSettingsSource.class);
                AgentIqJdbc jdbc = context.getBean(AgentIqJdbc.class);
                assertThat(context.getBean(ru.agentiq.core.priority.PrioritySettingsStore.class))
                        .isSameAs(jdbc.prioritySettings());
                assertThat(context.getBean(ru.agentiq.core.autoresponse.AutoResponseSettingsStore.class))
                        .isSameAs(jdbc.autoResponseSettings());
                assertThat(context.getBean(ru.agentiq.core.sync.SellerSyncSettingsStore.class))
                        .isSameAs(jdbc.sellerSyncSettings());
                assertThat(context.getBean(ru.agentiq.core.guardrails.GuardrailsSettingsStore.class))
                        .isSameAs(jdbc.guardrailsSettings());
                assertThat(context.getBean(ru.agentiq.core.promo.PromoSettingsStore.class))
                        .isSameAs(jdbc.promoSettings());
                ru.agentiq.core.draft.DraftSettingsStore drafts =
                        context.getBean(ru.agentiq.core.draft.DraftSettingsStore.class);
                assertThat(drafts).isInstanceOf(ru.agentiq.jdbc.settings.JdbcDraftSettingsStore.class);
                ru.agentiq.core.interaction.SellerId seller = ru.agentiq.core.interaction.SellerId.of(5);
                assertThat(drafts.settings(seller).tone()).isEqualTo(ru.agentiq.core.draft.Tone.FORMAL);

                context.getBean(ru.agentiq.core.sync.SellerSyncSettingsStore.class)
                        .setReplyPendingWindowMinutes(seller, 45);
                assertThat(jdbc.runtimeSettings().read(seller, "general_settings_v1"))
                        .hasValueSatisfying(json -> assertThat(json).contains("\"reply_pending_window_minutes\":45"));
            });
        }

        @Test
        void withoutTheConnectorThereIsNoSharedRateBudget() {
            withDataSource.withClassLoader(new FilteredClassLoader(ru.agentiq.wb.WbConnector.class))
                    .run(context -> assertThat(context).doesNotHaveBean(RateBudget.class)
                            .hasSingleBean(LinkCandidateStore.class));
        }

        @Test
        void leavesTheSchemaAloneWhenMigrationsAreTurnedOff() {
            // billing seeds its pricing table at start-up, which needs the schema; this test is about the schema alone
            withDataSource.withPropertyValues("agentiq.jdbc.migrations-enabled=false")
                    .withClassLoader(new FilteredClassLoader(ru.agentiq.billing.ledger.CreditLedger.class))
                    .run(context -> {
                Integer tables = context.getBean(AgentIqJdbc.class).jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'interactions'")
                        .mapTo(Integer.class).one());
                assertThat(tables).isZero();
            });
        }

        @Test
        void passesTheDebitBatchingSettingsToTheLedgerAndRefusesOutOfRangeOnesAtStartUp() {
            withDataSource.withPropertyValues("agentiq.jdbc.debit-batch-size=16", "agentiq.jdbc.debit-calls=1")
                    .run(context -> assertThat(context).hasNotFailed().hasSingleBean(AgentIqJdbc.class));
            withDataSource.withPropertyValues("agentiq.jdbc.debit-batch-size=0")
                    .run(context -> assertThat(context).getFailure().rootCause()
                            .hasMessage("maxDebits must be 1..1000, was 0"));
            withDataSource.withPropertyValues("agentiq.jdbc.debit-calls=65")
                    .run(context -> assertThat(context).getFailure().rootCause()
                            .hasMessage("maxCalls must be 1..64, was 65"));
        }

        @Test
        void appliesCustomizersToTheJdbcBuilder() {
            withDataSource.withBean(AgentIqJdbcCustomizer.class, () -> builder -> builder.migrate(false))
                    .withClassLoader(new FilteredClassLoader(ru.agentiq.billing.ledger.CreditLedger.class))
                    .run(context -> {
                        Integer tables = context.getBean(AgentIqJdbc.class).jdbi().withHandle(h -> h.createQuery(
                                "SELECT COUNT(*) FROM information_schema.tables "
                                        + "WHERE LOWER(table_name) = 'interactions'").mapTo(Integer.class).one());
                        assertThat(tables).isZero();
                    });
        }
    }

    @Test
    void isOffWhenDisabled() {
        runner.withPropertyValues("agentiq.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(InteractionRepository.class);
            assertThat(context).doesNotHaveBean(IngestionService.class);
            assertThat(context).doesNotHaveBean(AgentIqProperties.class);
        });
    }

    @Test
    void backsOffWhenTheApplicationDefinesItsOwnBeans() {
        runner.withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context.getBean(InteractionRepository.class)).isSameAs(OwnBeans.REPOSITORY);
            assertThat(context.getBean(Clock.class)).isSameAs(OwnBeans.CLOCK);
        });
    }

    @Test
    void defaultsEqualTheSdkConstants() {
        runner.run(context -> {
            AgentIqProperties properties = context.getBean(AgentIqProperties.class);
            assertThat(properties.isEnabled()).isTrue();
            assertThat(properties.getJdbc().isMigrationsEnabled()).isTrue();
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final InteractionRepository REPOSITORY = new InMemoryInteractionRepository();
        static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);

        @Bean
        InteractionRepository myRepository() {
            return REPOSITORY;
        }

        @Bean
        Clock myClock() {
            return CLOCK;
        }
    }
}
