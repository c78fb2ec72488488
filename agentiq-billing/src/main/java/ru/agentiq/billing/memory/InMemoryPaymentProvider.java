package ru.agentiq.billing.memory;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import ru.agentiq.billing.IdempotencyKey;
import ru.agentiq.billing.internal.Args;
import ru.agentiq.billing.payment.PaymentConfirmation;
import ru.agentiq.billing.payment.PaymentIntent;
import ru.agentiq.billing.payment.PaymentIntentRequest;
import ru.agentiq.billing.payment.PaymentProvider;
import ru.agentiq.core.NotFoundException;

/**
 * A {@link PaymentProvider} that takes no money: it records intents and lets a test or demo declare one paid with
 * {@link #succeed(String)}, which yields the confirmation a real adapter would build from the provider's webhook.
 * Thread-safe; idempotent on the request's key like a real provider.
 */
public final class InMemoryPaymentProvider implements PaymentProvider {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String name;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<IdempotencyKey, PaymentIntent> byKey = new ConcurrentHashMap<>();
    private final Map<String, PaymentIntentRequest> requests = new ConcurrentHashMap<>();

    public InMemoryPaymentProvider() {
        this("memory");
    }

    public InMemoryPaymentProvider(String name) {
        this.name = Args.requiredText(name, "name", 32);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PaymentIntent createIntent(PaymentIntentRequest request) {
        Args.required(request, "request");
        return byKey.computeIfAbsent(request.idempotencyKey(), key -> {
            byte[] secret = new byte[16];
            RANDOM.nextBytes(secret);
            PaymentIntent intent = new PaymentIntent("pi_" + name + "_" + sequence.incrementAndGet(),
                    HexFormat.of().formatHex(secret));
            requests.put(intent.paymentReference(), request);
            return intent;
        });
    }

    /**
     * Declares the payment paid and returns its confirmation.
     *
     * @throws NotFoundException when no intent has this reference
     */
    public PaymentConfirmation succeed(String paymentReference) {
        PaymentIntentRequest request = request(paymentReference)
                .orElseThrow(() -> new NotFoundException("payment " + paymentReference + " not found"));
        return new PaymentConfirmation(paymentReference, request.account(), request.credits());
    }

    /** The request an intent was created for. */
    public Optional<PaymentIntentRequest> request(String paymentReference) {
        return Optional.ofNullable(paymentReference).map(requests::get);
    }

    /** Every request received, in no particular order. */
    public List<PaymentIntentRequest> requests() {
        return List.copyOf(requests.values());
    }
}
