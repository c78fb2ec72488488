package ru.agentiq.core.promo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * A seller's promo settings. {@link #defaults()}: no codes, the model does not offer codes on its own, the seller is
 * warned before a code goes under a public review.
 *
 * @param codes            at most {@value #MAX_CODES} codes, unique ignoring case, in the seller's order (the first
 *                         usable one wins)
 * @param aiSuggestsPromo  whether drafts may offer a code where its audience allows
 * @param warnAboutReviews whether the interface warns before a code is offered under a public review
 */
public record PromoSettings(List<PromoCode> codes, boolean aiSuggestsPromo, boolean warnAboutReviews) {

    /** The seed keeps at most ten codes per seller. */
    public static final int MAX_CODES = 10;
    /** Expiry dates are read on Moscow time, where WB sellers work. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private static final PromoSettings DEFAULTS = new PromoSettings(List.of(), false, true);

    public PromoSettings {
        Checks.required(codes, "codes");
        if (codes.size() > MAX_CODES) {
            throw new ValidationException("codes must hold at most " + MAX_CODES + " promo codes, was "
                    + codes.size());
        }
        Set<String> seen = new HashSet<>();
        for (PromoCode code : codes) {
            Checks.required(code, "codes element");
            if (!seen.add(code.code().toLowerCase(Locale.ROOT))) {
                throw new ValidationException("code " + code.code() + " is listed twice");
            }
        }
        codes = List.copyOf(codes);
    }

    public static PromoSettings defaults() {
        return DEFAULTS;
    }

    public PromoSettings withCodes(List<PromoCode> value) {
        return new PromoSettings(value, aiSuggestsPromo, warnAboutReviews);
    }

    /** The first code that is usable at {@code now} and offered to {@code audience}. */
    public Optional<PromoCode> firstUsable(PromoAudience audience, Instant now) {
        Checks.required(audience, "audience");
        LocalDate today = Checks.required(now, "now").atZone(ZONE).toLocalDate();
        return codes.stream().filter(c -> c.usableOn(today) && c.offeredTo(audience)).findFirst();
    }

    /**
     * The sentence that offers {@link #firstUsable the first usable code} for {@code audience}, for example
     * {@code Дарим вам промокод SPRING10 на следующую покупку: 10%.}
     */
    public Optional<String> sentenceFor(PromoAudience audience, Instant now) {
        return firstUsable(audience, now).map(PromoSettings::sentence);
    }

    static String sentence(PromoCode code) {
        return code.discount() == null
                ? "Дарим вам промокод " + code.code() + " на следующую покупку."
                : "Дарим вам промокод " + code.code() + " на следующую покупку: " + code.discount() + ".";
    }
}
