package ru.agentiq.billing.metering;

import java.math.BigDecimal;
import java.util.Comparator;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.pricing.Pricing;
import ru.agentiq.billing.pricing.PricingService;
import ru.agentiq.billing.pricing.PricingTable;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.draft.DraftRequest;

/**
 * The credits to hold before a call in {@link MeteringMode#RESERVE}. Hold an upper bound: a capture above the hold can
 * only take what the wallet has left, and the rest is a shortfall.
 */
@FunctionalInterface
public interface ReservationEstimator {

    /** The positive amount to hold for {@code request}. */
    Credits estimate(DraftRequest request);

    /** Always {@code amount}. */
    static ReservationEstimator fixed(Credits amount) {
        Args.required(amount, "amount");
        if (!amount.isPositive()) {
            throw new ValidationException("amount must be greater than 0, was " + amount);
        }
        return request -> amount;
    }

    /**
     * A bound no real call exceeds: every prompt character counted as a fresh input token (tokenisers produce fewer),
     * the whole completion budget as output, at the highest multiplier of the active pricing table (the generator
     * may pick any model), and never less than the smallest priced amount.
     */
    static ReservationEstimator upperBound(PricingService pricing) {
        Args.required(pricing, "pricing");
        return request -> {
            long promptChars = request.userPrompt().length()
                    + (request.systemPrompt() == null ? 0 : request.systemPrompt().length());
            BigDecimal multiplier = pricing.active().multipliers().values().stream()
                    .max(Comparator.naturalOrder())
                    .orElse(PricingTable.DEFAULT_MULTIPLIER)
                    .max(PricingTable.DEFAULT_MULTIPLIER);
            Credits credits = Pricing.credits(Pricing.oeTokens(promptChars, 0, request.maxOutputTokens()), multiplier);
            Credits smallest = Credits.ofUsage(new BigDecimal("0.0001"));
            return credits.max(smallest);
        };
    }
}
