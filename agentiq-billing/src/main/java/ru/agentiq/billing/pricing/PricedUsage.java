package ru.agentiq.billing.pricing;

import java.math.BigDecimal;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;

/**
 * A model call priced.
 *
 * @param modelAlias     alias priced (lower case)
 * @param oeTokens       output-equivalent tokens, 4 decimal places
 * @param multiplier     the alias's multiplier in {@code pricingVersion}
 * @param credits        credits burned, 4 decimal places (the seed's {@code credits_burned})
 * @param pricingVersion the table used
 */
public record PricedUsage(String modelAlias, BigDecimal oeTokens, BigDecimal multiplier, Credits credits,
        String pricingVersion) {
    public PricedUsage {
        Args.required(modelAlias, "modelAlias");
        Args.required(oeTokens, "oeTokens");
        Args.required(multiplier, "multiplier");
        Args.required(credits, "credits");
        Args.required(pricingVersion, "pricingVersion");
    }
}
