package ru.agentiq.app.payments;

import java.math.BigDecimal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.payment.TopUpService;
import ru.agentiq.billing.payment.TopUpStarted;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.SellerId;

/**
 * {@code POST /api/v1/users/me/wallet/top-up}: the calling seller starts buying credits; the browser completes the
 * payment with {@code client_secret}, and the credits arrive with the provider's webhook.
 */
@RestController
public class TopUpController {

    private final ObjectProvider<TopUpService> topUps;

    public TopUpController(ObjectProvider<TopUpService> topUps) {
        this.topUps = topUps;
    }

    public record TopUpRequest(BigDecimal amountUsd) {
    }

    public record TopUpResponse(String clientSecret, String creditsToGrant, String amountUsd, String currency,
            String paymentIntentId) {
    }

    /**
     * @param idempotencyKey makes a retry return the same payment instead of starting a second one
     */
    @PostMapping("/api/v1/users/me/wallet/top-up")
    public TopUpResponse topUp(@AuthenticationPrincipal ApiCaller caller, @RequestBody TopUpRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (caller == null || caller.sellerId() == null) {
            throw new org.springframework.security.access.AccessDeniedException("This route needs a seller API key.");
        }
        SellerId seller = caller.sellerId();
        TopUpService service = topUps.getIfAvailable();
        if (service == null) {
            throw new PaymentNotConfiguredException("payment not configured");
        }
        if (request == null || request.amountUsd() == null) {
            throw new ValidationException("amount_usd is required");
        }
        IdempotencyKey key = idempotencyKey == null || idempotencyKey.isBlank() ? IdempotencyKey.random()
                : IdempotencyKey.of(idempotencyKey.strip());
        TopUpStarted started;
        try {
            started = service.start(AccountId.of(seller), request.amountUsd(), key);
        } catch (ValidationException e) {
            // the service names its parameter "amount"; the route's field is amount_usd
            throw new ValidationException(e.getMessage().replaceFirst("^amount\\b", "amount_usd"));
        }
        return new TopUpResponse(started.intent().clientSecret(), started.quote().credits().toString(),
                started.quote().amount().stripTrailingZeros().toPlainString(),
                started.quote().currency().getCurrencyCode(), started.intent().paymentReference());
    }
}
