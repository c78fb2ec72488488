package ru.agentiq.jdbc.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.autoresponse.AutoResponseConfig;
import ru.agentiq.core.autoresponse.AutoResponseSettingsStoreContract;
import ru.agentiq.core.autoresponse.ScenarioAction;
import ru.agentiq.core.draft.DraftSettings;
import ru.agentiq.core.draft.Tone;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Priority;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.priority.ChatIntent;
import ru.agentiq.core.priority.PriorityConfig;
import ru.agentiq.core.priority.PrioritySettingsStoreContract;
import ru.agentiq.core.promo.PromoAudience;
import ru.agentiq.core.promo.PromoSettings;
import ru.agentiq.core.testing.MutableClock;
import ru.agentiq.jdbc.AgentIqJdbc;
import ru.agentiq.jdbc.testing.TestDatabases;

class JdbcRuntimeSettingsTest {

    private static final SellerId SELLER = SellerId.of(7);

    private final DataSource dataSource = TestDatabases.h2();
    private final AgentIqJdbc jdbc = AgentIqJdbc.builder(dataSource).migrate(false).build();

    @Nested
    class KeyValueStore {

        @Test
        void scopesEveryDocumentBySellerAndNamespace() {
            JdbcRuntimeSettings kv = jdbc.runtimeSettings();
            kv.write(SELLER, "my_app_v1", "{\"a\":1}");
            kv.write(SELLER, "other_v1", "{\"b\":2}");
            kv.write(SellerId.of(8), "my_app_v1", "{\"c\":3}");

            assertThat(kv.read(SELLER, "my_app_v1")).contains("{\"a\":1}");
            assertThat(kv.read(SELLER, List.of("my_app_v1", "other_v1", "absent_v1")))
                    .isEqualTo(Map.of("my_app_v1", "{\"a\":1}", "other_v1", "{\"b\":2}"));
            assertThat(kv.delete(SELLER, List.of("my_app_v1", "absent_v1"))).isEqualTo(1);
            assertThat(kv.read(SELLER, "my_app_v1")).isEmpty();
            assertThat(kv.read(SellerId.of(8), "my_app_v1")).contains("{\"c\":3}");
        }

        @Test
        void rejectsANamespaceThatIsNotALowerCaseIdentifier() {
            assertThatThrownBy(() -> jdbc.runtimeSettings().read(SELLER, "x' OR '1'='1"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("namespace must be");
            assertThatThrownBy(() -> jdbc.runtimeSettings().write(SELLER, "Upper", "{}"))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    class Documents {

        @Test
        void areSnakeCaseJson() {
            jdbc.prioritySettings().put(SELLER, PrioritySettingsStoreContract.everyFieldChanged());
            jdbc.autoResponseSettings().put(SELLER, AutoResponseSettingsStoreContract.everyFieldChanged());

            assertThat(raw(JdbcPrioritySettingsStore.NAMESPACE)).contains("\"chat_sla\"", "\"sla_minutes\":3",
                    "\"zone\":\"Asia/Novosibirsk\"", "\"opening_hours\"", "\"14:00-24:00\"", "\"business_time\"",
                    "\"due_soon_window\":\"PT45M\"");
            assertThat(raw(JdbcAutoResponseSettingsStore.NAMESPACE)).contains("\"nm_ids\"", "\"legacy_intents\"",
                    "\"promo_sentence\"", "\"min_seconds\":1.5", "\"word_count_factor\":0.01", "\"max_per_run\":25");
        }

        @Test
        void ignoreUnknownFieldsAndGiveMissingOnesTheirDefaults() {
            jdbc.runtimeSettings().write(SELLER, JdbcDraftSettingsStore.NAMESPACE,
                    "{\"tone\":\"formal\",\"future_field\":{\"x\":[1,2]}}");
            jdbc.runtimeSettings().write(SELLER, JdbcPrioritySettingsStore.NAMESPACE,
                    "{\"chat_sla\":{\"thanks\":{\"priority\":\"urgent\"},\"sizing_fit\":{}},\"extra\":true}");
            jdbc.runtimeSettings().write(SELLER, JdbcAutoResponseSettingsStore.NAMESPACE,
                    "{\"enabled\":true,\"scenarios\":{\"thanks\":{\"action\":\"auto\"},\"custom\":{}}}");
            jdbc.runtimeSettings().write(SELLER, JdbcPromoSettingsStore.NAMESPACE,
                    "{\"promo_codes\":[{\"code\":\"A1\",\"channels\":{\"reviews_positive\":true}}]}");

            assertThat(jdbc.draftSettings().settings(SELLER)).isEqualTo(DraftSettings.defaults().withTone(
                    Tone.FORMAL));
            PriorityConfig priority = jdbc.prioritySettings().forSeller(SELLER);
            assertThat(priority.chatSla().get(ChatIntent.THANKS).priority()).isEqualTo(Priority.URGENT);
            assertThat(priority.chatSla().get(ChatIntent.THANKS).slaMinutes()).isEqualTo(240);
            assertThat(priority.chatSla().get(ChatIntent.SIZING_FIT).priority()).isEqualTo(Priority.NORMAL);
            assertThat(priority.calendar()).isEqualTo(PriorityConfig.defaults().calendar());
            AutoResponseConfig auto = jdbc.autoResponseSettings().settings(SELLER).config();
            assertThat(auto.enabled()).isTrue();
            assertThat(auto.channels()).containsExactly(Channel.REVIEW);
            assertThat(auto.scenarios().get("thanks").enabled()).isFalse();
            assertThat(auto.scenarios().get("custom").action()).isEqualTo(ScenarioAction.BLOCK);
            assertThat(auto.scenarios()).containsKeys("defect_not_working", "wrong_item", "quality_complaint");
            PromoSettings promo = jdbc.promoSettings().settings(SELLER);
            assertThat(promo.codes().get(0).audiences()).containsExactlyInAnyOrder(PromoAudience.CHAT_POSITIVE,
                    PromoAudience.CHAT_NEGATIVE, PromoAudience.CHAT_QUESTIONS, PromoAudience.REVIEWS_POSITIVE);
            assertThat(promo.codes().get(0).active()).isTrue();
        }

        @Test
        void thatAreNotJsonAreATypedErrorNamingSellerAndNamespace() {
            jdbc.runtimeSettings().write(SELLER, JdbcGuardrailsSettingsStore.NAMESPACE, "not json {");

            assertThatThrownBy(() -> jdbc.guardrailsSettings().forSeller(SELLER))
                    .isInstanceOfSatisfying(UnreadableSettingsException.class, e -> {
                        assertThat(e.sellerId()).isEqualTo(SELLER);
                        assertThat(e.namespace()).isEqualTo(JdbcGuardrailsSettingsStore.NAMESPACE);
                    })
                    .hasMessageContaining("settings guardrails_v1 of seller 7 are unreadable");
        }

        @Test
        void withAFieldOfTheWrongTypeOrARejectedValueAreATypedError() {
            jdbc.runtimeSettings().write(SELLER, JdbcDraftSettingsStore.NAMESPACE, "{\"llm_enabled\":\"yes\"}");
            jdbc.runtimeSettings().write(SELLER, JdbcPrioritySettingsStore.NAMESPACE,
                    "{\"chat_sla\":{\"thanks\":{\"sla_minutes\":99999}}}");
            jdbc.runtimeSettings().write(SELLER, JdbcSellerSyncSettingsStore.NAMESPACE, "[180]");
            jdbc.runtimeSettings().write(SELLER, JdbcAutoResponseSettingsStore.NAMESPACE,
                    "{\"scenarios\":{\"wrong_item\":{\"action\":\"auto\",\"enabled\":true}}}");

            assertThatThrownBy(() -> jdbc.draftSettings().settings(SELLER))
                    .isInstanceOf(UnreadableSettingsException.class).hasMessageContaining("llm_enabled");
            assertThatThrownBy(() -> jdbc.prioritySettings().forSeller(SELLER))
                    .isInstanceOf(UnreadableSettingsException.class).hasMessageContaining("slaMinutes");
            assertThatThrownBy(() -> jdbc.sellerSyncSettings().replyPendingWindowMinutes(SELLER))
                    .isInstanceOf(UnreadableSettingsException.class).hasMessageContaining("not a JSON object");
            assertThatThrownBy(() -> jdbc.autoResponseSettings().settings(SELLER))
                    .isInstanceOf(UnreadableSettingsException.class).hasMessageContaining("wrong_item");
        }

        @Test
        void thatAreUnreadableAreReplacedByTheNextWrite() {
            jdbc.runtimeSettings().write(SELLER, JdbcDraftSettingsStore.NAMESPACE, "garbage");

            jdbc.draftSettings().put(SELLER, DraftSettings.defaults().withTone(Tone.FRIENDLY));

            assertThat(jdbc.draftSettings().settings(SELLER).tone()).isEqualTo(Tone.FRIENDLY);
        }
    }

    @Nested
    class Caching {

        private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T09:00:00Z"));
        private final AgentIqJdbc first = AgentIqJdbc.builder(dataSource).migrate(false).clock(clock)
                .settingsCacheTtl(Duration.ofSeconds(5)).build();
        private final AgentIqJdbc second = AgentIqJdbc.builder(dataSource).migrate(false).clock(clock)
                .settingsCacheTtl(Duration.ofSeconds(5)).build();

        @Test
        void showsAWriteOfAnotherInstanceOnceTheTtlHasPassed() {
            assertThat(first.promoSettings().settings(SELLER)).isEqualTo(PromoSettings.defaults());
            PromoSettings changed = new PromoSettings(List.of(), true, false);

            second.promoSettings().put(SELLER, changed);

            assertThat(first.promoSettings().settings(SELLER)).isEqualTo(PromoSettings.defaults());
            clock.advance(Duration.ofSeconds(5));
            assertThat(first.promoSettings().settings(SELLER)).isEqualTo(changed);
        }

        @Test
        void showsItsOwnWritesAndResetsAtOnce() {
            first.sellerSyncSettings().setReplyPendingWindowMinutes(SELLER, 60);
            assertThat(first.sellerSyncSettings().replyPendingWindowMinutes(SELLER)).hasValue(60);

            first.sellerSyncSettings().setReplyPendingWindowMinutes(SELLER, 90);
            assertThat(first.sellerSyncSettings().replyPendingWindowMinutes(SELLER)).hasValue(90);

            first.sellerSyncSettings().reset(SELLER);
            assertThat(first.sellerSyncSettings().replyPendingWindowMinutes(SELLER)).isEmpty();
        }

        @Test
        void isOffWithAZeroTtl() {
            AgentIqJdbc uncached = AgentIqJdbc.builder(dataSource).migrate(false).clock(clock)
                    .settingsCacheTtl(Duration.ZERO).build();
            assertThat(uncached.draftSettings().settings(SELLER)).isEqualTo(DraftSettings.defaults());

            second.draftSettings().put(SELLER, DraftSettings.defaults().withTone(Tone.FORMAL));

            assertThat(uncached.draftSettings().settings(SELLER).tone()).isEqualTo(Tone.FORMAL);
            assertThatThrownBy(() -> AgentIqJdbc.builder(dataSource).settingsCacheTtl(Duration.ofSeconds(-1)))
                    .isInstanceOf(ValidationException.class);
        }
    }

    private String raw(String namespace) {
        return jdbc.runtimeSettings().read(SELLER, namespace).orElseThrow();
    }
}
