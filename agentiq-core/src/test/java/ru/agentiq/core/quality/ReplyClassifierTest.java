package ru.agentiq.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.ExtraData;

class ReplyClassifierTest {

    private final ReplyClassifier classifier = ReplyClassifier.instance();

    @Nested
    class Outcome {
        @Test
        void sameTextUpToCaseAndWhitespaceIsAccepted() {
            ReplyClassification c = classifier.classify("Спасибо за  отзыв!\n", "llm", "  спасибо ЗА отзыв! ");

            assertThat(c.outcome()).isEqualTo(ReplyOutcome.DRAFT_ACCEPTED);
            assertThat(c.draftSource()).isEqualTo("llm");
            assertThat(c.editDistance()).isZero();
            assertThat(c.editRatio()).isEqualByComparingTo("0");
        }

        @Test
        void anyDifferenceIsAnEditWithItsDistanceAndRatio() {
            ReplyClassification c = classifier.classify("abcd", "fallback", "abXd");

            assertThat(c.outcome()).isEqualTo(ReplyOutcome.DRAFT_EDITED);
            assertThat(c.editDistance()).isEqualTo(1);
            assertThat(c.editRatio()).isEqualByComparingTo("0.25");
        }

        @Test
        void ratioIsOverTheLongerTextAndRoundedToFourPlaces() {
            ReplyClassification c = classifier.classify("abc", "llm", "abcdefg");

            assertThat(c.editDistance()).isEqualTo(4);
            assertThat(c.editRatio()).isEqualTo(new BigDecimal("0.5714"));
        }

        @Test
        void aCompletelyDifferentReplyHasRatioOne() {
            assertThat(classifier.classify("ab", "llm", "xy").editRatio()).isEqualByComparingTo("1");
            assertThat(classifier.classify("ab", "llm", "").editRatio()).isEqualByComparingTo("1");
        }

        @Test
        void noDraftOrABlankDraftMeansManual() {
            assertThat(classifier.classify(null, "llm", "Ответ").outcome()).isEqualTo(ReplyOutcome.REPLY_MANUAL);
            ReplyClassification blank = classifier.classify("   ", "llm", "Ответ");
            assertThat(blank.outcome()).isEqualTo(ReplyOutcome.REPLY_MANUAL);
            assertThat(blank.draftSource()).isNull();
            assertThat(blank.editRatio()).isNull();
        }
    }

    @Nested
    class FromExtraData {
        @Test
        void readsTheLastDraftObject() {
            ExtraData extra = ExtraData.of("last_ai_draft", Map.of("text", "Добрый день", "source", "cache"));

            ReplyClassification c = classifier.classify(extra, "добрый день");

            assertThat(c.outcome()).isEqualTo(ReplyOutcome.DRAFT_ACCEPTED);
            assertThat(c.draftSource()).isEqualTo("cache");
        }

        @Test
        void aDraftThatIsNotAnObjectOrHasNoTextMeansManual() {
            assertThat(classifier.classify(ExtraData.of("last_ai_draft", "text"), "x").outcome())
                    .isEqualTo(ReplyOutcome.REPLY_MANUAL);
            assertThat(classifier.classify(ExtraData.of("last_ai_draft", Map.of("source", "llm")), "x").outcome())
                    .isEqualTo(ReplyOutcome.REPLY_MANUAL);
            assertThat(classifier.classify(ExtraData.EMPTY, "x").outcome()).isEqualTo(ReplyOutcome.REPLY_MANUAL);
        }

        @Test
        void aNonStringSourceIsDropped() {
            ExtraData extra = ExtraData.of("last_ai_draft", Map.of("text", "a", "source", 5));

            assertThat(classifier.classify(extra, "b").draftSource()).isNull();
        }
    }

    @Test
    void normalisationCollapsesEveryWhitespaceRun() {
        assertThat(ReplyClassifier.normalise("  A\t\tB \n C  ")).isEqualTo("a b c");
        assertThat(ReplyClassifier.normalise("\u00a0x\u00a0\u00a0y")).isEqualTo("x y");
    }

    @Test
    void levenshteinCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(ReplyClassifier.levenshtein("kitten", "sitting")).isEqualTo(3);
        assertThat(ReplyClassifier.levenshtein("", "abc")).isEqualTo(3);
        assertThat(ReplyClassifier.levenshtein("abc", "abc")).isZero();
    }

    @Test
    void aClassificationRejectsInconsistentFields() {
        assertThatThrownBy(() -> new ReplyClassification(ReplyOutcome.REPLY_MANUAL, null, 0, BigDecimal.ZERO))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new ReplyClassification(ReplyOutcome.DRAFT_EDITED, null, 1, new BigDecimal("1.01")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("editRatio must be 0..1");
    }

    @Test
    void lightlyEditedIsInclusiveOfTheBound() {
        ReplyClassification c = new ReplyClassification(ReplyOutcome.DRAFT_EDITED, "llm", 2, new BigDecimal("0.2"));

        assertThat(c.isAtMostEdited(new BigDecimal("0.20"))).isTrue();
        assertThat(c.isAtMostEdited(new BigDecimal("0.1999"))).isFalse();
    }
}
