package ru.agentiq.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.billing.ledger.InsufficientCreditsException;
import ru.agentiq.billing.policy.CreditPolicy;
import ru.agentiq.billing.usage.LlmCallEvent;
import ru.agentiq.billing.usage.UsageEventStore;
import ru.agentiq.core.analytics.CommunicationAnalytics;
import ru.agentiq.core.autoresponse.AutoResponder;
import ru.agentiq.core.customer.CustomerKey;
import ru.agentiq.core.customer.CustomerProfile;
import ru.agentiq.core.customer.CustomerProfileService;
import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.draft.Draft;
import ru.agentiq.core.draft.DraftAnalysis;
import ru.agentiq.core.draft.DraftConfig;
import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftResult;
import ru.agentiq.core.draft.DraftService;
import ru.agentiq.core.draft.DraftSettingsSource;
import ru.agentiq.core.draft.DraftSource;
import ru.agentiq.core.draft.GroundingItem;
import ru.agentiq.core.draft.LlmCallException;
import ru.agentiq.core.draft.LlmCallStatus;
import ru.agentiq.core.draft.LlmUsage;
import ru.agentiq.core.draft.Tone;
import ru.agentiq.core.ingest.IngestBatch;
import ru.agentiq.core.ingest.IngestionService;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionKey;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.linking.LinkCandidateStore;
import ru.agentiq.core.linking.LinkRecomputer;
import ru.agentiq.core.linking.LinkingConfig;
import ru.agentiq.core.linking.LinkingService;
import ru.agentiq.core.memory.InMemoryCustomerProfileStore;
import ru.agentiq.core.memory.InMemoryLinkCandidateStore;
import ru.agentiq.core.memory.InMemorySyncRunLog;
import ru.agentiq.core.ops.OpsAlertService;
import ru.agentiq.core.ops.PilotReadiness;
import ru.agentiq.core.ops.SyncRunLog;
import ru.agentiq.core.quality.QualityService;
import ru.agentiq.core.sync.InteractionFeed;
import ru.agentiq.core.sync.ListingPage;
import ru.agentiq.core.sync.StreamPage;
import ru.agentiq.core.sync.SyncOptions;
import ru.agentiq.core.sync.SyncService;
import ru.agentiq.core.timeline.ThreadScope;
import ru.agentiq.core.timeline.TimelineOptions;
import ru.agentiq.core.timeline.TimelineService;
import ru.agentiq.llm.openai.OpenAiConfig;
import ru.agentiq.llm.openai.OpenAiDraftGenerator;
import ru.agentiq.wb.cards.WbProductCardCatalog;

/**
 * The services of linking, timelines, buyer profiles, drafts, auto-responses, quality, ops and analytics; the model
 * from {@code agentiq.llm.*}; metering of drafts; meters and the sync health indicator — each condition.
 */
class AgentIqServicesAutoConfigurationTest {

    static final SellerId SELLER = SellerId.of(1);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(AgentIqJdbcAutoConfiguration.class,
                    AgentIqWbAutoConfiguration.class, AgentIqLlmAutoConfiguration.class,
                    AgentIqAutoConfiguration.class, AgentIqBillingAutoConfiguration.class,
                    AgentIqMetricsAutoConfiguration.class, AgentIqHealthAutoConfiguration.class));

    /** A model that answers every request and reports 1,000 input and 500 output tokens of deepseek. */
    static DraftGenerator paidModel() {
        return request -> new DraftResult("Здравствуйте! Жаль, что лямка подвела: пришлите фото, разберёмся.",
                DraftSource.LLM, LlmUsage.builder("deepseek", "deepseek").inputTokens(1000, 0).outputTokens(500)
                        .build(), DraftAnalysis.of("quality_complaint", "negative"));
    }

    /** A model whose every call fails after consuming 100 input tokens. */
    static DraftGenerator failingModel() {
        return request -> {
            throw new LlmCallException("HTTP 500", LlmUsage.builder("deepseek", "deepseek").inputTokens(100, 0)
                    .status(LlmCallStatus.ERROR).build());
        };
    }

    static Interaction ingestReview(AssertableApplicationContext context, String externalId, String customerId) {
        InteractionData data = InteractionData.builder(SELLER, Channel.REVIEW, externalId).rating(2)
                .text("Лямка рюкзака порвалась через неделю").nmId("555").productArticle("BPK-1")
                .customerId(customerId).occurredAt(Instant.now().minus(Duration.ofHours(1))).build();
        context.getBean(IngestionService.class).ingest(IngestBatch.of(List.of(data)));
        return context.getBean(InteractionRepository.class).findByKey(new InteractionKey(SELLER, Marketplace.WB,
                Channel.REVIEW, externalId)).orElseThrow();
    }

    @Nested
    class LinkingTimelineAndProfiles {

        @Test
        void ingestionKeepsLinksAndBuyerProfilesCurrent() {
            runner.run(context -> {
                assertThat(context).hasSingleBean(LinkingService.class).hasSingleBean(LinkRecomputer.class)
                        .hasSingleBean(TimelineService.class).hasSingleBean(CustomerProfileService.class);
                assertThat(context.getBean(LinkCandidateStore.class)).isInstanceOf(InMemoryLinkCandidateStore.class);
                assertThat(context.getBean(CustomerProfileStore.class))
                        .isInstanceOf(InMemoryCustomerProfileStore.class);

                Interaction first = ingestReview(context, "r-1", "buyer-7");
                Interaction second = ingestReview(context, "r-2", "buyer-7");

                assertThat(context.getBean(LinkingService.class).links(SELLER, first.id())).isPresent();
                CustomerProfile profile = context.getBean(CustomerProfileStore.class)
                        .find(CustomerKey.of(second.data())).orElseThrow();
                assertThat(profile.reviews()).isEqualTo(2);
                assertThat(context.getBean(TimelineService.class).timeline(SELLER, second.id(),
                        TimelineOptions.defaults()).scope()).isEqualTo(ThreadScope.CUSTOMER);
            });
        }

        @Test
        void theLinkingProfileComesFromThePropertiesAndDefaultsToThePilotedWeights() {
            runner.run(context -> assertThat(context.getBean(LinkingConfig.class)).isEqualTo(LinkingConfig.piloted()));
            runner.withPropertyValues("agentiq.linking.profile=plan").run(context ->
                    assertThat(context.getBean(LinkingConfig.class)).isEqualTo(LinkingConfig.plan()));
            runner.withPropertyValues("agentiq.linking.profile=guesswork").run(context ->
                    assertThat(context).hasFailed());
        }

        @Test
        void applicationStoresReplaceTheInMemoryOnes() {
            LinkCandidateStore links = new InMemoryLinkCandidateStore();
            CustomerProfileStore profiles = new InMemoryCustomerProfileStore();
            runner.withBean(LinkCandidateStore.class, () -> links).withBean(CustomerProfileStore.class, () -> profiles)
                    .run(context -> {
                        assertThat(context.getBean(LinkCandidateStore.class)).isSameAs(links);
                        assertThat(context.getBean(CustomerProfileStore.class)).isSameAs(profiles);
                    });
        }
    }

    @Nested
    class DraftsWithoutAModel {

        @Test
        void fallBackWithoutCallingOrChargingAnything() {
            runner.run(context -> {
                assertThat(context).hasSingleBean(DraftService.class).doesNotHaveBean(OpenAiDraftGenerator.class);
                assertThat(context.getBean(DraftGenerator.class)).isInstanceOf(NoModelDraftGenerator.class);
                assertThat(context.getBean(DraftSettingsSource.class).settings(SELLER).llmEnabled()).isFalse();
                Interaction review = ingestReview(context, "r-1", "buyer-7");

                Draft draft = context.getBean(DraftService.class).draft(SELLER, review.id(), false);

                assertThat(draft.source()).isEqualTo(DraftSource.FALLBACK);
                assertThat(draft.grounding()).extracting(GroundingItem::kind)
                        .contains(GroundingItem.Kind.CUSTOMER_PROFILE);
                assertThat(context.getBean(UsageEventStore.class).count(AccountId.of(SELLER))).isZero();
            });
        }

        @Test
        void aDepletedWalletUnderEnforcementStillGetsAFallbackDraft() {
            runner.withPropertyValues("agentiq.billing.credit-enforcement-enabled=true").run(context -> {
                Interaction review = ingestReview(context, "r-1", null);

                assertThat(context.getBean(DraftService.class).draft(SELLER, review.id(), false).source())
                        .isEqualTo(DraftSource.FALLBACK);
            });
        }

        @Test
        void draftSettingsStartFromThePropertiesTone() {
            runner.withPropertyValues("agentiq.drafts.tone=formal").run(context ->
                    assertThat(context.getBean(DraftSettingsSource.class).settings(SELLER).tone())
                            .isEqualTo(Tone.FORMAL));
        }
    }

    @Nested
    class TheOpenAiCompatibleModel {

        @Test
        void isConfiguredFromTheLlmPropertiesWhenABaseUrlIsSet() {
            runner.withPropertyValues("agentiq.llm.base-url=http://localhost:9/v1", "agentiq.llm.api-key=sk-secret",
                    "agentiq.llm.provider=openrouter", "agentiq.llm.model=gpt-4o-mini",
                    "agentiq.llm.request-timeout=7s", "agentiq.llm.connect-timeout=2s",
                    "agentiq.llm.temperature=0.1").run(context -> {
                        assertThat(context.getBean(DraftGenerator.class)).isInstanceOf(OpenAiDraftGenerator.class);
                        OpenAiConfig config = context.getBean(OpenAiConfig.class);
                        assertThat(config.baseUrl()).hasToString("http://localhost:9/v1");
                        assertThat(config.provider()).isEqualTo("openrouter");
                        assertThat(config.defaultModel()).isEqualTo("gpt-4o-mini");
                        assertThat(config.requestTimeout()).isEqualTo(Duration.ofSeconds(7));
                        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                        assertThat(config.toString()).doesNotContain("sk-secret");
                        assertThat(context.getBean(AgentIqProperties.class).getLlm().toString())
                                .doesNotContain("sk-secret");
                        var settings = context.getBean(DraftSettingsSource.class).settings(SELLER);
                        assertThat(settings.llmEnabled()).isTrue();
                        assertThat(settings.provider()).isEqualTo("openrouter");
                        assertThat(settings.model()).isEqualTo("gpt-4o-mini");
                    });
        }

        @Test
        void isOffWithoutABaseUrlWhenDisabledOrWithoutTheModule() {
            runner.run(context -> assertThat(context).doesNotHaveBean(OpenAiDraftGenerator.class));
            runner.withPropertyValues("agentiq.llm.base-url=http://localhost:9", "agentiq.llm.enabled=false")
                    .run(context -> assertThat(context).doesNotHaveBean(OpenAiDraftGenerator.class));
            runner.withPropertyValues("agentiq.llm.base-url=http://localhost:9")
                    .withClassLoader(new FilteredClassLoader(OpenAiDraftGenerator.class))
                    .run(context -> assertThat(context.getBean(DraftGenerator.class))
                            .isInstanceOf(NoModelDraftGenerator.class));
        }

        @Test
        void anApplicationModelWins() {
            DraftGenerator mine = paidModel();
            runner.withPropertyValues("agentiq.llm.base-url=http://localhost:9")
                    .withBean(DraftGenerator.class, () -> mine).run(context -> {
                        assertThat(context).doesNotHaveBean(OpenAiDraftGenerator.class);
                        assertThat(context.getBean(DraftGenerator.class)).isSameAs(mine);
                    });
        }
    }

    @Nested
    class MeteredDrafts {

        @Test
        void aModelDraftDebitsTheSellersWalletAndRecordsTheCall() {
            runner.withBean(DraftGenerator.class, AgentIqServicesAutoConfigurationTest::paidModel).run(context -> {
                Interaction review = ingestReview(context, "r-1", null);

                Draft draft = context.getBean(DraftService.class).draft(SELLER, review.id(), false);

                assertThat(draft.source()).isEqualTo(DraftSource.LLM);
                AccountId account = AccountId.of(SELLER);
                // 1000 × 0.35 + 500 = 850 output-equivalent tokens × deepseek 0.5 / 10,000
                assertThat(context.getBean(CreditLedger.class).wallet(account).balance())
                        .isEqualTo(Credits.of("-0.0425"));
                List<LlmCallEvent> events = context.getBean(UsageEventStore.class).recent(account, 10, 0);
                assertThat(events).singleElement().satisfies(e -> assertThat(e.call().usedFallback()).isFalse());
            });
        }

        @Test
        void aFailedCallThatFellBackIsRecordedWithUsedFallback() {
            runner.withBean(DraftGenerator.class, AgentIqServicesAutoConfigurationTest::failingModel).run(context -> {
                Interaction review = ingestReview(context, "r-1", null);

                Draft draft = context.getBean(DraftService.class).draft(SELLER, review.id(), false);

                assertThat(draft.source()).isEqualTo(DraftSource.FALLBACK);
                assertThat(draft.usedFallback()).isTrue();
                List<LlmCallEvent> events = context.getBean(UsageEventStore.class).recent(AccountId.of(SELLER), 10, 0);
                assertThat(events).singleElement().satisfies(e -> {
                    assertThat(e.call().usedFallback()).isTrue();
                    assertThat(e.call().status()).isEqualTo(LlmCallStatus.ERROR);
                });
            });
        }

        @Test
        void underEnforcementADepletedWalletRefusesTheDraft() {
            runner.withBean(DraftGenerator.class, AgentIqServicesAutoConfigurationTest::paidModel)
                    .withPropertyValues("agentiq.billing.credit-enforcement-enabled=true").run(context -> {
                        Interaction review = ingestReview(context, "r-1", null);

                        assertThatThrownBy(() -> context.getBean(DraftService.class).draft(SELLER, review.id(), true))
                                .isInstanceOf(InsufficientCreditsException.class)
                                .hasMessage("Insufficient credits. Please top up your account.");
                        assertThat(context.getBean(CreditPolicy.class).isEnforced()).isTrue();
                    });
        }

        @Test
        void withoutAgentIqBillingDraftsAreNotMetered() {
            runner.withBean(DraftGenerator.class, AgentIqServicesAutoConfigurationTest::paidModel)
                    .withPropertyValues("agentiq.billing.credit-enforcement-enabled=true")
                    .withClassLoader(new FilteredClassLoader(CreditLedger.class)).run(context -> {
                        assertThat(context).doesNotHaveBean(DraftGeneratorDecorator.class);
                        Interaction review = ingestReview(context, "r-1", null);
                        assertThat(context.getBean(DraftService.class).draft(SELLER, review.id(), false).source())
                                .isEqualTo(DraftSource.LLM);
                    });
        }
    }

    @Nested
    class QualityOpsAndAnalytics {

        @Test
        void areWiredOnTheSameStores() {
            runner.run(context -> {
                assertThat(context).hasSingleBean(QualityService.class).hasSingleBean(OpsAlertService.class)
                        .hasSingleBean(PilotReadiness.class).hasSingleBean(CommunicationAnalytics.class)
                        .hasSingleBean(AutoResponder.class);
                ingestReview(context, "r-1", null);
                assertThat(context.getBean(QualityService.class).snapshot(SELLER, 30, null).pipeline()
                        .interactionsTotal()).isEqualTo(1);
                assertThat(context.getBean(PilotReadiness.class).evaluate(SELLER).checks()).hasSize(8);
                assertThat(context.getBean(OpsAlertService.class).report(SELLER).questionSla().openQuestionsTotal())
                        .isZero();
            });
        }

        @Test
        void theDueSoonWindowIsConfigurable() {
            runner.withPropertyValues("agentiq.ops.due-soon-window=10d").run(context -> assertThat(context)
                    .hasFailed().getFailure().hasStackTraceContaining("dueSoonWindow must be"));
        }
    }

    @Nested
    class SyncRunsAndHealth {

        private final ApplicationContextRunner withWb = runner.withBean(InteractionFeed.class, EmptyFeed::new)
                .withPropertyValues("agentiq.wb.token=" + AgentIqModulesAutoConfigurationTest.token(),
                        "agentiq.wb.seller-id=1");

        @Test
        void theSyncRecordsEveryRunInTheRunLog() {
            withWb.run(context -> {
                assertThat(context.getBean(SyncRunLog.class)).isInstanceOf(InMemorySyncRunLog.class);
                context.getBean(SyncService.class).sync(SELLER, SyncOptions.defaults());
                assertThat(context.getBean(SyncRunLog.class).runs(SELLER)).isNotEmpty();
            });
        }

        @Test
        void theHealthIndicatorReportsTheSyncedSeller() {
            withWb.run(context -> {
                HealthIndicator indicator = context.getBean("agentiqSyncHealthIndicator", HealthIndicator.class);
                assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);

                context.getBean(SyncService.class).sync(SELLER, SyncOptions.defaults());

                assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
                assertThat(indicator.health().getDetails()).containsKey("seller_1");
            });
        }

        @Test
        void theHealthIndicatorIsAbsentWithoutSyncWithoutActuatorOrWhenDisabled() {
            runner.run(context -> assertThat(context).doesNotHaveBean(SyncHealthIndicator.class));
            withWb.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
                    .run(context -> assertThat(context).doesNotHaveBean(SyncHealthIndicator.class));
            withWb.withPropertyValues("management.health.agentiq-sync.enabled=false")
                    .run(context -> assertThat(context).doesNotHaveBean(SyncHealthIndicator.class));
        }
    }

    @Nested
    class Meters {

        @Test
        void countSyncRunsDraftsModelCallsAndDebitsWhenARegistryExists() {
            runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withBean(InteractionFeed.class, EmptyFeed::new)
                    .withBean(DraftGenerator.class, AgentIqServicesAutoConfigurationTest::paidModel)
                    .withPropertyValues("agentiq.wb.token=" + AgentIqModulesAutoConfigurationTest.token())
                    .run(context -> {
                        MeterRegistry registry = context.getBean(MeterRegistry.class);
                        Interaction review = ingestReview(context, "r-1", null);
                        context.getBean(DraftService.class).draft(SELLER, review.id(), false);
                        context.getBean(DraftService.class).draft(SELLER, review.id(), false);
                        context.getBean(SyncService.class).sync(SELLER, SyncOptions.defaults());

                        assertThat(registry.get(AgentIqMeters.DRAFTS).tags("source", "llm", "used_fallback", "false")
                                .counter().count()).isEqualTo(1);
                        assertThat(registry.get(AgentIqMeters.DRAFTS).tags("source", "cached").counter().count())
                                .isEqualTo(1);
                        assertThat(registry.get(LedgerMeters.LEDGER_DEBITS).counter().count()).isEqualTo(1);
                        assertThat(registry.get(LedgerMeters.LEDGER_DEBITED_CREDITS).counter().count())
                                .isEqualTo(0.0425);
                        assertThat(registry.get(LedgerMeters.LLM_CALLS).tags("model", "deepseek", "status", "success")
                                .counter().count()).isEqualTo(1);
                        assertThat(registry.get(AgentIqMeters.SYNC_RUNS).tags("outcome", "success").counters())
                                .isNotEmpty();
                        assertThat(registry.find(AgentIqMeters.SYNC_FETCHED).counters()).isNotEmpty();
                    });
        }

        @Test
        void areAbsentWithoutARegistryOrWithoutMicrometer() {
            runner.run(context -> assertThat(context).doesNotHaveBean(AgentIqMeters.class)
                    .doesNotHaveBean(LedgerMeters.class));
            runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                    .run(context -> assertThat(context).doesNotHaveBean(AgentIqMeters.class));
            runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                    .withClassLoader(new FilteredClassLoader(CreditLedger.class))
                    .run(context -> assertThat(context).hasSingleBean(AgentIqMeters.class)
                            .doesNotHaveBean(LedgerMeters.class));
        }
    }

    @Test
    void isOffWhenDisabled() {
        runner.withPropertyValues("agentiq.enabled=false", "agentiq.llm.base-url=http://localhost:9")
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> assertThat(context)
                        .doesNotHaveBean(DraftService.class).doesNotHaveBean(LinkingService.class)
                        .doesNotHaveBean(OpenAiDraftGenerator.class).doesNotHaveBean(AgentIqMeters.class));
    }

    @Test
    void propertyDefaultsEqualTheSdkConstants() {
        AgentIqProperties p = new AgentIqProperties();

        assertThat(LinkingConfig.profile(p.getLinking().getProfile())).isEqualTo(LinkingConfig.defaults());
        assertThat(Tone.fromWire(p.getDrafts().getTone())).isEqualTo(Tone.NEUTRAL);
        assertThat(p.getDrafts().getPastReplies()).isEqualTo(DraftConfig.DEFAULT_PAST_REPLIES);
        assertThat(p.getDrafts().getFrequentIntents()).isEqualTo(DraftConfig.DEFAULT_FREQUENT_INTENTS);
        assertThat(p.getDrafts().getChatMessages()).isEqualTo(DraftConfig.DEFAULT_CHAT_MESSAGES);
        assertThat(p.getLlm().isEnabled()).isTrue();
        assertThat(p.getLlm().getProvider()).isEqualTo(OpenAiConfig.DEFAULT_PROVIDER);
        assertThat(p.getLlm().getModel()).isEqualTo(OpenAiConfig.DEFAULT_MODEL);
        assertThat(p.getLlm().getConnectTimeout()).isEqualTo(OpenAiConfig.DEFAULT_CONNECT_TIMEOUT);
        assertThat(p.getLlm().getRequestTimeout()).isEqualTo(OpenAiConfig.DEFAULT_REQUEST_TIMEOUT);
        assertThat(p.getLlm().getTemperature()).isEqualTo(OpenAiConfig.DEFAULT_TEMPERATURE);
        assertThat(p.getOps().getDueSoonWindow()).isEqualTo(OpsAlertService.DEFAULT_DUE_SOON_WINDOW);
        assertThat(p.getWb().getCardHostPattern()).isEqualTo(WbProductCardCatalog.DEFAULT_HOST_PATTERN);
        assertThat(p.getWb().isProductCardsEnabled()).isTrue();
        assertThat(p.getBilling().getMeteringMode().name())
                .isEqualTo(ru.agentiq.billing.metering.MeteringMode.POST_PAID.name());
    }

    /** A marketplace with nothing in it: every listing and stream page is empty. */
    static final class EmptyFeed implements InteractionFeed {
        @Override
        public Map<Channel, Mode> channels() {
            return Map.of(Channel.REVIEW, Mode.LISTING, Channel.CHAT, Mode.STREAM);
        }

        @Override
        public ListingPage listing(ru.agentiq.core.sync.ListingRequest request) {
            return new ListingPage(List.of());
        }

        @Override
        public StreamPage stream(SellerId sellerId, Channel channel, String cursor) {
            return new StreamPage(List.of(), cursor, true);
        }
    }
}
