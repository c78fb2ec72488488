package ru.agentiq.app.payments;

import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.AppProperties;
import ru.agentiq.app.web.ApiExceptionHandler.BadRequestException;
import ru.agentiq.billing.AccountId;
import ru.agentiq.billing.Credits;
import ru.agentiq.billing.payment.PaymentConfirmation;
import ru.agentiq.billing.payment.TopUpResult;
import ru.agentiq.billing.payment.TopUpService;
import ru.agentiq.core.ValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/stripe} (no {@code /api} prefix, no API key: the signature is the authentication). Only a
 * verified {@code payment_intent.succeeded} grants credits, once per payment intent however often it is delivered.
 *
 * <p>Unlike the seed system, which accepted unsigned events when no secret was configured, a missing secret refuses
 * every call (503): an unsigned webhook would let anyone mint credits.
 */
@RestController
public class PaymentWebhookController {

    static final String SUCCEEDED = "payment_intent.succeeded";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectProvider<TopUpService> topUps;
    private final WebhookSignature signature;
    private final Clock clock;

    public PaymentWebhookController(ObjectProvider<TopUpService> topUps, AppProperties properties, Clock clock) {
        this.topUps = topUps;
        AppProperties.Payments payments = properties.getPayments();
        String secret = payments.getWebhookSecret();
        this.signature = secret == null || secret.isBlank() ? null
                : new WebhookSignature(secret, payments.getWebhookTolerance());
        this.clock = clock;
    }

    @PostMapping("/webhooks/stripe")
    public Map<String, String> stripe(@RequestBody(required = false) String payload,
            @RequestHeader(name = "Stripe-Signature", required = false) String header) {
        TopUpService service = topUps.getIfAvailable();
        if (service == null || signature == null) {
            throw new PaymentNotConfiguredException("payment not configured");
        }
        if (!signature.verify(payload, header, clock.instant())) {
            throw new BadRequestException("invalid stripe signature");
        }
        JsonNode event;
        try {
            event = JSON.readTree(payload);
        } catch (JacksonException e) {
            throw new ValidationException("the event is not valid JSON");
        }
        if (event == null || !event.isObject()) {
            throw new ValidationException("the event is not a JSON object");
        }
        if (!SUCCEEDED.equals(text(event.get("type")))) {
            return Map.of("status", "ignored");
        }
        JsonNode intent = event.path("data").path("object");
        String id = text(intent.get("id"));
        String userId = text(intent.path("metadata").get("user_id"));
        String credits = text(intent.path("metadata").get("credits"));
        if (id == null || userId == null || credits == null) {
            throw new ValidationException("the payment intent must carry id, metadata.user_id and metadata.credits");
        }
        TopUpResult result = service.confirm(new PaymentConfirmation(id, AccountId.of(userId),
                Credits.parse(credits, "metadata.credits")));
        return Map.of("status", result.status().wire());
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.asString().isBlank() ? null : node.asString();
    }
}
