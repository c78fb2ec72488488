package ru.agentiq.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.agentiq.core.interaction.Interactions.OTHER_SELLER;
import static ru.agentiq.core.interaction.Interactions.SELLER;
import static ru.agentiq.core.interaction.Interactions.T0;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Interactions;
import ru.agentiq.core.interaction.Marketplace;

/** Conformance kit for {@link CustomerProfileStore}; every implementation extends it. */
public abstract class CustomerProfileStoreContract {

    protected static final CustomerKey BUYER = new CustomerKey(SELLER, Marketplace.WB, "buyer-1");

    private final AtomicLong ids = new AtomicLong(1_000);
    protected CustomerProfileStore store;

    protected abstract CustomerProfileStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private Interaction review(int rating) {
        long id = ids.incrementAndGet();
        return new Interaction(InteractionId.of(id), Interactions.review("r" + id).customerId("buyer-1")
                .rating(rating).extraData(ru.agentiq.core.interaction.ExtraData.of("user_name", "Ирина")).build(),
                T0, T0);
    }

    private CustomerProfile profileWith(int... ratings) {
        CustomerProfile profile = CustomerProfile.empty(BUYER, T0);
        for (int rating : ratings) {
            profile = profile.with(review(rating), T0);
        }
        return profile;
    }

    @Test
    void storesAndReadsBackAProfile() {
        CustomerProfile profile = profileWith(1, 2, 5);

        store.save(profile);

        assertThat(store.find(BUYER)).contains(profile);
    }

    @Test
    void aSaveReplacesTheProfileOfTheSameBuyer() {
        store.save(profileWith(5));
        CustomerProfile later = profileWith(1, 1);

        store.save(later);

        assertThat(store.find(BUYER)).contains(later);
    }

    @Test
    void updateStartsFromNothingForANewBuyer() {
        CustomerProfile result = store.update(BUYER, current -> {
            assertThat(current).isEmpty();
            return CustomerProfile.empty(BUYER, T0).with(review(4), T0);
        });

        assertThat(result.reviews()).isEqualTo(1);
        assertThat(store.find(BUYER)).contains(result);
    }

    @Test
    void concurrentUpdatesOfOneBuyerAreAllCounted() throws Exception {
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        Interaction review = review(3);
                        store.update(BUYER, current -> current.orElseGet(() -> CustomerProfile.empty(BUYER, T0))
                                .with(review, T0));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.find(BUYER).orElseThrow().reviews()).isEqualTo(threads * perThread);
    }

    @Test
    void refusesAnAnonymousProfile() {
        Interaction anonymous = new Interaction(InteractionId.of(1), Interactions.review("r-anon").build(), T0, T0);

        assertThatThrownBy(() -> store.save(CustomerProfile.anonymous(anonymous, T0)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void refusesAnUpdateThatChangesTheKey() {
        CustomerKey other = new CustomerKey(SELLER, Marketplace.WB, "buyer-2");

        assertThatThrownBy(() -> store.update(BUYER, current -> CustomerProfile.empty(other, T0)))
                .isInstanceOf(ValidationException.class);
        assertThat(store.find(BUYER)).isEmpty();
    }

    @Test
    void keysAreScopedBySeller() {
        store.save(profileWith(2));

        assertThat(store.find(new CustomerKey(OTHER_SELLER, Marketplace.WB, "buyer-1"))).isEmpty();
    }
}
