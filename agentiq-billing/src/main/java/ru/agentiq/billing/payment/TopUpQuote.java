package ru.agentiq.billing.payment;

import java.math.BigDecimal;
import java.util.Currency;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.internal.Args;

/**
 * What a top-up of {@code amount} buys.
 *
 * @param amount   money, in {@code currency}, at the currency's decimal places
 * @param currency the currency
 * @param credits  credits granted, 2 decimal places
 */
public record TopUpQuote(BigDecimal amount, Currency currency, Credits credits) {
    public TopUpQuote {
        Args.required(amount, "amount");
        Args.required(currency, "currency");
        Args.required(credits, "credits");
    }
}
