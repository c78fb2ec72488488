package ru.agentiq.core.promo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.internal.Checks;

/**
 * One promo code of a seller.
 *
 * @param code      what the buyer types: 1..32 letters, digits, {@code -} or {@code _}
 * @param discount  what it gives, as shown to the buyer ({@code 10%}, {@code 500 ₽}); nullable, at most 64 characters
 * @param active    the seller's switch
 * @param expiresOn last day it is valid (inclusive, on {@link PromoSettings#ZONE}); null when it does not expire
 * @param audiences who it may be offered to; null means {@link PromoAudience#DEFAULTS}
 */
public record PromoCode(String code, String discount, boolean active, LocalDate expiresOn,
        Set<PromoAudience> audiences) {

    public static final int MAX_CODE_LENGTH = 32;
    public static final int MAX_DISCOUNT_LENGTH = 64;

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{Nd}_-]{1," + MAX_CODE_LENGTH + "}");

    public PromoCode {
        code = Checks.requiredText(code, "code", MAX_CODE_LENGTH);
        if (!CODE.matcher(code).matches()) {
            throw new ValidationException("code must be 1.." + MAX_CODE_LENGTH + " letters, digits, - or _, was '"
                    + code + "'");
        }
        discount = Checks.optionalText(discount, "discount", MAX_DISCOUNT_LENGTH);
        audiences = audiences == null ? PromoAudience.DEFAULTS
                : audiences.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(audiences));
    }

    /** An active code without expiry, offered to the default audiences. */
    public static PromoCode of(String code, String discount) {
        return new PromoCode(code, discount, true, null, null);
    }

    /** Whether it may be offered on {@code today}: switched on and not expired. */
    public boolean usableOn(LocalDate today) {
        return active && (expiresOn == null || !today.isAfter(expiresOn));
    }

    public boolean offeredTo(PromoAudience audience) {
        return audiences.contains(audience);
    }

    public PromoCode withActive(boolean value) {
        return new PromoCode(code, discount, value, expiresOn, audiences);
    }

    public PromoCode withAudiences(Set<PromoAudience> value) {
        return new PromoCode(code, discount, active, expiresOn, value);
    }
}
