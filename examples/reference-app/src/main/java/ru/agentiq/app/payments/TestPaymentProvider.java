package ru.agentiq.app.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import ru.agentiq.billing.payment.PaymentIntent;
import ru.agentiq.billing.payment.PaymentIntentRequest;
import ru.agentiq.billing.payment.PaymentProvider;

/**
 * A payment provider that takes no money, for the reference app and its tests: the intent is derived from the
 * account and the idempotency key alone (so a retry gets the same intent without any state), and the credits arrive
 * when a signed {@code payment_intent.succeeded} event reaches the webhook — exactly the path a real Stripe adapter
 * takes. A real deployment replaces this bean with one that calls its provider.
 */
public final class TestPaymentProvider implements PaymentProvider {

    /** Prefix of the payment references this provider makes, shaped like Stripe's. */
    public static final String REFERENCE_PREFIX = "pi_test_";

    @Override
    public String name() {
        return "test";
    }

    @Override
    public PaymentIntent createIntent(PaymentIntentRequest request) {
        String digest = sha256(request.account().value() + '\n' + request.idempotencyKey().value());
        String reference = REFERENCE_PREFIX + digest.substring(0, 24);
        return new PaymentIntent(reference, reference + "_secret_" + digest.substring(24, 48));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
