package ru.agentiq.core.interaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;

class ExtraDataTest {

    @Test
    void equalJsonDocumentsAreEqualWhateverNumberTypesProducedThem() {
        ExtraData fromInts = ExtraData.of("unread_count", 2, "score", 4.50, "big", new BigDecimal("7.000"));
        ExtraData fromLongs = ExtraData.of("unread_count", 2L, "score", new BigDecimal("4.5"), "big", 7L);

        assertThat(fromInts).isEqualTo(fromLongs);
        assertThat(fromInts.getLong("unread_count")).contains(2L);
    }

    @Test
    void instantsAreStoredAsIsoStrings() {
        ExtraData data = ExtraData.of("last_reply_at", Instant.parse("2026-11-20T10:15:30Z"));

        assertThat(data.getString("last_reply_at")).contains("2026-11-20T10:15:30Z");
    }

    @Test
    void isDeeplyImmutableAndIndependentOfItsSource() {
        List<Object> candidates = new ArrayList<>(List.of("a"));
        Map<String, Object> source = new HashMap<>();
        source.put("link_candidates", candidates);
        ExtraData data = ExtraData.of(source);

        candidates.add("b");
        source.put("other", 1);

        assertThat(data.asMap()).containsOnlyKeys("link_candidates");
        assertThat(data.asMap().get("link_candidates")).isEqualTo(List.of("a"));
        assertThatThrownBy(() -> data.asMap().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rejectsValuesThatAreNotJson() {
        assertThatThrownBy(() -> ExtraData.of("thread", new Object()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("extraData.thread must be a JSON value (string, number, boolean, list, map or null), "
                        + "was Object");
        assertThatThrownBy(() -> ExtraData.of("score", Double.NaN))
                .hasMessage("extraData.score must be a finite number, was NaN");
    }

    @Test
    void keepsNullValues() {
        ExtraData data = ExtraData.of("answer_state", null);

        assertThat(data.contains("answer_state")).isTrue();
        assertThat(data.get("answer_state")).isEmpty();
    }

    @Test
    void reingestKeepsPreservedKeysTheFreshDocumentDoesNotSet() {
        ExtraData stored = ExtraData.of("last_ai_draft", Map.of("text", "Спасибо!"), "wb_sync_state", "pending",
                "unread_count", 3, "link_candidates", List.of(Map.of("interaction_id", 7)));
        ExtraData fresh = ExtraData.of("unread_count", 0, "wb_sync_state", "confirmed");

        ExtraData merged = fresh.preservingFrom(stored);

        assertThat(merged.asMap())
                .containsEntry("unread_count", 0L)
                .containsEntry("wb_sync_state", "confirmed")
                .containsEntry("last_ai_draft", Map.of("text", "Спасибо!"))
                .containsKey("link_candidates");
    }

    @Test
    void reingestDropsStoredKeysThatAreNotPreserved() {
        ExtraData stored = ExtraData.of("chat_status", "waiting", "last_reply_text", "Ответ");
        ExtraData fresh = ExtraData.of("unread_count", 1);

        assertThat(fresh.preservingFrom(stored).asMap())
                .containsOnlyKeys("unread_count", "last_reply_text");
    }

    @Test
    void preservedKeysAreExactlyTheSeedsList() {
        assertThat(ExtraData.PRESERVED_ON_REINGEST).containsExactlyInAnyOrder("last_ai_draft", "last_reply_text",
                "last_reply_source", "last_reply_at", "last_reply_outcome", "wb_sync_state", "link_candidates",
                "link_updated_at");
    }
}
