package ru.agentiq.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.agentiq.core.interaction.Channel;

class ResponseTemplatesTest {

    private final ResponseTemplates templates = ResponseTemplates.instance();

    @Test
    void aSimpleFourOrFiveStarReviewGetsATemplate() {
        assertThat(templates.lookup(Channel.REVIEW, null, 4, "Отлично, всё подошло", "k")).isPresent();
        assertThat(templates.lookup(Channel.REVIEW, null, 5, null, "k")).isPresent();
        assertThat(templates.lookup(Channel.REVIEW, null, 3, "Отлично", "k")).isEmpty();
    }

    @Test
    void nuanceIsMatchedOnWordsSoOtlichnoIsNotAnObjection() {
        assertThat(templates.isSimple("Отлично!")).isTrue();
        assertThat(templates.isSimple("Хорошо, но маломерит")).isFalse();
        assertThat(templates.isSimple("Понравилось, однако долго ехал")).isFalse();
        assertThat(templates.isSimple("Был брак на шве")).isFalse();
        assertThat(templates.isSimple("Жду замену")).isFalse();
        assertThat(templates.isSimple("Некоторые минусы есть")).isFalse();
        assertThat(templates.isSimple("Правдивое описание")).isTrue();
    }

    @Test
    void longerThanAHundredCharactersGoesToTheModel() {
        assertThat(templates.isSimple("х".repeat(100))).isTrue();
        assertThat(templates.isSimple("х".repeat(101))).isFalse();
    }

    @Test
    void questionsNeverHitAndChatsOnlyForThanks() {
        assertThat(templates.lookup(Channel.QUESTION, "thanks", null, "Спасибо", "k")).isEmpty();
        assertThat(templates.lookup(Channel.CHAT, "thanks", null, "Спасибо!", "k")).isPresent();
        assertThat(templates.lookup(Channel.CHAT, "delivery_status", null, "Где заказ?", "k")).isEmpty();
    }

    @Test
    void theSameKeyAlwaysGetsTheSameTemplate() {
        assertThat(templates.lookup(Channel.REVIEW, null, 5, "Супер", "wb-1"))
                .isEqualTo(templates.lookup(Channel.REVIEW, null, 5, "Супер", "wb-1"));
        assertThat(ResponseTemplates.POSITIVE_REVIEW).hasSize(10);
        assertThat(ResponseTemplates.CHAT_THANKS).hasSize(5);
    }
}
