package ru.agentiq.core.promo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;

class PromoSettingsTest {

    /** 23:30 UTC on 31 December is already 1 January in Moscow. */
    private static final Instant NEW_YEAR_IN_MOSCOW = Instant.parse("2026-12-31T21:30:00Z");

    @Nested
    class Codes {

        @Test
        void offerChatsButNotReviewsByDefault() {
            PromoCode code = PromoCode.of(" SALE10 ", "10%");

            assertThat(code.code()).isEqualTo("SALE10");
            assertThat(code.audiences()).containsExactlyInAnyOrder(PromoAudience.CHAT_POSITIVE,
                    PromoAudience.CHAT_NEGATIVE, PromoAudience.CHAT_QUESTIONS);
            assertThat(code.offeredTo(PromoAudience.REVIEWS_POSITIVE)).isFalse();
        }

        @Test
        void rejectsSpacesAndOverlongCodes() {
            assertThatThrownBy(() -> PromoCode.of("SALE 10", null)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("code must be");
            assertThatThrownBy(() -> PromoCode.of("X".repeat(33), null)).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> PromoCode.of("SALE", "x".repeat(65))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("discount");
        }

        @Test
        void expireAfterTheirLastDayOnMoscowTime() {
            PromoCode code = new PromoCode("NY", null, true, LocalDate.of(2026, 12, 31), null);

            assertThat(code.usableOn(LocalDate.of(2026, 12, 31))).isTrue();
            assertThat(new PromoSettings(List.of(code), false, true)
                    .firstUsable(PromoAudience.CHAT_POSITIVE, NEW_YEAR_IN_MOSCOW)).isEmpty();
        }
    }

    @Nested
    class Settings {

        @Test
        void holdAtMostTenCodes() {
            List<PromoCode> codes = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                codes.add(PromoCode.of("C" + i, null));
            }

            assertThatThrownBy(() -> new PromoSettings(codes, false, true)).isInstanceOf(ValidationException.class)
                    .hasMessage("codes must hold at most 10 promo codes, was 11");
            assertThat(new PromoSettings(codes.subList(0, 10), false, true).codes()).hasSize(10);
        }

        @Test
        void rejectTheSameCodeTwiceIgnoringCase() {
            assertThatThrownBy(() -> new PromoSettings(List.of(PromoCode.of("sale", null), PromoCode.of("SALE", null)),
                    false, true)).isInstanceOf(ValidationException.class).hasMessageContaining("listed twice");
        }

        @Test
        void offerTheFirstActiveUnexpiredCodeFlaggedForTheAudience() {
            PromoSettings settings = new PromoSettings(List.of(
                    new PromoCode("OFF", "1%", false, null, EnumSet.of(PromoAudience.REVIEWS_POSITIVE)),
                    PromoCode.of("CHATONLY", "2%"),
                    new PromoCode("OLD", "3%", true, LocalDate.of(2020, 1, 1), EnumSet.of(
                            PromoAudience.REVIEWS_POSITIVE)),
                    new PromoCode("GOOD", "10%", true, null, EnumSet.of(PromoAudience.REVIEWS_POSITIVE)),
                    new PromoCode("LATER", null, true, null, EnumSet.of(PromoAudience.REVIEWS_POSITIVE))),
                    false, true);

            assertThat(settings.sentenceFor(PromoAudience.REVIEWS_POSITIVE, NEW_YEAR_IN_MOSCOW))
                    .contains("Дарим вам промокод GOOD на следующую покупку: 10%.");
            assertThat(settings.firstUsable(PromoAudience.CHAT_POSITIVE, NEW_YEAR_IN_MOSCOW).orElseThrow().code())
                    .isEqualTo("CHATONLY");
            assertThat(settings.sentenceFor(PromoAudience.REVIEWS_NEGATIVE, NEW_YEAR_IN_MOSCOW)).isEmpty();
        }

        @Test
        void defaultToNoCodesNoSuggestionsAndAWarning() {
            assertThat(PromoSettings.defaults().codes()).isEmpty();
            assertThat(PromoSettings.defaults().aiSuggestsPromo()).isFalse();
            assertThat(PromoSettings.defaults().warnAboutReviews()).isTrue();
        }
    }
}
