package ru.agentiq.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.testing.Store;

class GroundingBuilderTest {

    private final Store store = new Store();

    @Test
    void failingSourcesContributeNothingAndTheDraftGoesOn() {
        GroundingBuilder builder = new GroundingBuilder(nm -> {
            throw new IllegalStateException("CDN down");
        }, (s, nm, intent, ex, r, i) -> {
            throw new IllegalStateException("db down");
        }, interaction -> {
            throw new IllegalStateException("profiles down");
        }, (chat, limit) -> {
            throw new IllegalStateException("chats down");
        }, DraftConfig.defaults());
        Interaction chat = store.add(store.item(Channel.CHAT).nmId("1").customerId("c"));

        Grounding g = builder.build(chat, "other", Tone.FRIENDLY);

        assertThat(g.productContext()).isNull();
        assertThat(g.customerContext()).isNull();
        assertThat(g.chatHistory()).isEmpty();
        assertThat(g.items()).extracting(GroundingItem::kind).containsExactly(GroundingItem.Kind.TONE,
                GroundingItem.Kind.CHANNEL_RULES);
        assertThat(g.channelRules()).isEqualTo(GroundingBuilder.CHAT_RULES);
    }

    @Test
    void keepsTheLastChatMessagesUpToTheLimitAndSkipsEmptyOnes() {
        List<ChatLine> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            lines.add(new ChatLine(i % 2 == 1, null, i == 12 ? " " : "m" + i, null));
        }
        GroundingBuilder builder = new GroundingBuilder(ProductCatalog.none(), ProductMemory.scanning(
                store.interactions), ru.agentiq.core.draft.CustomerContextSource.none(), (chat, limit) -> lines,
                DraftConfig.builder().chatMessages(3).build());
        Interaction chat = store.add(store.item(Channel.CHAT));

        assertThat(builder.build(chat, null, Tone.NEUTRAL).chatHistory()).extracting(ChatLine::text)
                .containsExactly("m9", "m10", "m11");
    }

    @Test
    void ratingInstructionFollowsTheSeedsBands() {
        assertThat(GroundingBuilder.ratingInstruction(Channel.REVIEW, 2)).startsWith("Негативный");
        assertThat(GroundingBuilder.ratingInstruction(Channel.REVIEW, 3)).startsWith("Нейтральный");
        assertThat(GroundingBuilder.ratingInstruction(Channel.REVIEW, 4)).startsWith("Положительный");
        assertThat(GroundingBuilder.ratingInstruction(Channel.QUESTION, null)).contains("вопрос");
        assertThat(GroundingBuilder.ratingInstruction(Channel.CHAT, null)).isNull();
        assertThat(GroundingBuilder.ratingInstruction(Channel.REVIEW, null)).isNull();
        assertThat(new ProductCard("1", null, null, null, null, Map.of()).context()).isEmpty();
    }
}
