/**
 * Promo codes a seller offers buyers (the seed's {@code promo_settings_v1} namespace): at most ten codes, each with the
 * audiences it may be offered to, plus the seller's switches; the auto-response pipeline appends the first usable
 * code flagged for positive reviews to a 5-star review answer (seed §h.2).
 */
package ru.agentiq.core.promo;
