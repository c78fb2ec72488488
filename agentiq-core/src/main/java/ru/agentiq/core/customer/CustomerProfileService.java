package ru.agentiq.core.customer;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.agentiq.core.ingest.IngestionListener;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.ReferenceKind;
import ru.agentiq.core.interaction.ReferenceQuery;
import ru.agentiq.core.interaction.UpsertResult;
import ru.agentiq.core.internal.Checks;

/**
 * Keeps buyer profiles current and hands them to draft generation. As an {@link IngestionListener} it counts every
 * newly created interaction that carries a customer id (updates of known interactions change nothing), exactly once
 * per interaction. Thread-safe.
 */
public final class CustomerProfileService implements IngestionListener {

    private static final Logger log = LoggerFactory.getLogger(CustomerProfileService.class);

    private final InteractionRepository interactions;
    private final CustomerProfileStore store;
    private final Clock clock;

    public CustomerProfileService(InteractionRepository interactions, CustomerProfileStore store, Clock clock) {
        this.interactions = Checks.required(interactions, "interactions");
        this.store = Checks.required(store, "store");
        this.clock = Checks.required(clock, "clock");
    }

    @Override
    public void afterIngest(List<UpsertResult> results) {
        for (UpsertResult result : results) {
            if (result.outcome() == UpsertResult.Outcome.CREATED) {
                try {
                    record(result.interaction());
                } catch (RuntimeException e) {
                    log.warn("Updating the buyer profile for interaction {} failed; rebuild it to recover",
                            result.interaction().id(), e);
                }
            }
        }
    }

    /** Counts a newly stored interaction in its buyer's profile; anonymous interactions are ignored. */
    public void record(Interaction interaction) {
        CustomerKey key = CustomerKey.of(Checks.required(interaction, "interaction").data());
        if (key == null) {
            return;
        }
        store.update(key, stored -> stored.orElseGet(() -> CustomerProfile.empty(key, clock.instant()))
                .with(interaction, clock.instant()));
    }

    /**
     * The profile of the buyer behind {@code interaction}: the stored one, else rebuilt from history and stored; for
     * an interaction without customer id, the transient anonymous profile of that one touch.
     */
    public CustomerProfile profileFor(Interaction interaction) {
        Checks.required(interaction, "interaction");
        CustomerKey key = CustomerKey.of(interaction.data());
        if (key == null) {
            return CustomerProfile.anonymous(interaction, clock.instant());
        }
        return store.find(key).orElseGet(() -> rebuild(key));
    }

    /** Rebuilds a buyer's profile from every stored interaction with their customer id, and stores it. */
    public CustomerProfile rebuild(CustomerKey key) {
        Checks.required(key, "key");
        List<Interaction> history = interactions.findByReference(
                ReferenceQuery.of(key.sellerId(), key.marketplace(), ReferenceKind.CUSTOMER_ID, key.customerId())
                        .limit(ReferenceQuery.MAX_LIMIT));
        CustomerProfile profile = CustomerProfile.rebuild(key, history, clock.instant());
        store.save(profile);
        return profile;
    }

    /** {@link CustomerProfile#draftContext()} of the buyer behind {@code interaction}. */
    public String draftContext(Interaction interaction) {
        return profileFor(interaction).draftContext();
    }
}
