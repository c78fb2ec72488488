package ru.agentiq.jdbc.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.customer.CustomerKey;
import ru.agentiq.core.customer.CustomerProfile;
import ru.agentiq.core.customer.CustomerProfileStore;
import ru.agentiq.core.customer.RecentRating;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.jdbc.internal.JsonColumns;
import ru.agentiq.jdbc.internal.Timestamps;
import ru.agentiq.jdbc.internal.Transactions;

/**
 * {@link CustomerProfileStore} on {@code customer_profiles}. {@link #update} locks the buyer's row
 * ({@code SELECT … FOR UPDATE}) for the read-change-write, and two first updates of a new buyer race on the primary key
 * — the loser runs again and sees the winner's row — so concurrent interactions of one buyer are all counted.
 */
public final class JdbcCustomerProfileStore implements CustomerProfileStore {

    private static final String COLUMNS = "seller_id, marketplace, customer_id, display_name, total_interactions, "
            + "reviews, questions, chats, rating_sum, rating_count, low_rating_reviews, first_interaction_at, "
            + "last_interaction_at, recent_ratings, updated_at";

    private final Jdbi jdbi;

    public JdbcCustomerProfileStore(Jdbi jdbi) {
        this.jdbi = Checks.required(jdbi, "jdbi");
    }

    @Override
    public Optional<CustomerProfile> find(CustomerKey key) {
        Checks.required(key, "key");
        return jdbi.withHandle(handle -> select(handle, key, false));
    }

    @Override
    public void save(CustomerProfile profile) {
        CustomerKey key = keyOf(profile);
        Transactions.retrying(jdbi, handle -> {
            write(handle, profile, select(handle, key, true).isPresent());
            return null;
        });
    }

    @Override
    public CustomerProfile update(CustomerKey key, Function<Optional<CustomerProfile>, CustomerProfile> change) {
        Checks.required(key, "key");
        Checks.required(change, "change");
        return Transactions.retrying(jdbi, handle -> {
            Optional<CustomerProfile> current = select(handle, key, true);
            CustomerProfile next = Checks.required(change.apply(current), "changed profile");
            if (!key.equals(keyOf(next))) {
                throw new ValidationException("an update of " + key + " must keep its key, returned "
                        + next.key());
            }
            write(handle, next, current.isPresent());
            return next;
        });
    }

    private static CustomerKey keyOf(CustomerProfile profile) {
        Checks.required(profile, "profile");
        if (profile.customerId() == null) {
            throw new ValidationException("anonymous profiles (no customer id) are never stored");
        }
        return profile.key();
    }

    private static Optional<CustomerProfile> select(Handle handle, CustomerKey key, boolean lock) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM customer_profiles WHERE seller_id = :seller "
                        + "AND marketplace = :marketplace AND customer_id = :customer" + (lock ? " FOR UPDATE" : ""))
                .bind("seller", key.sellerId().value())
                .bind("marketplace", key.marketplace().wire())
                .bind("customer", key.customerId())
                .map((rs, ctx) -> profile(rs))
                .findOne();
    }

    private static void write(Handle handle, CustomerProfile p, boolean exists) {
        String sql = exists
                ? "UPDATE customer_profiles SET display_name = :display_name, total_interactions = :total, "
                        + "reviews = :reviews, questions = :questions, chats = :chats, rating_sum = :rating_sum, "
                        + "rating_count = :rating_count, low_rating_reviews = :low, first_interaction_at = :first, "
                        + "last_interaction_at = :last, recent_ratings = :recent, updated_at = :updated_at "
                        + "WHERE seller_id = :seller AND marketplace = :marketplace AND customer_id = :customer"
                : "INSERT INTO customer_profiles (" + COLUMNS + ") VALUES (:seller, :marketplace, :customer, "
                        + ":display_name, :total, :reviews, :questions, :chats, :rating_sum, :rating_count, :low, "
                        + ":first, :last, :recent, :updated_at)";
        handle.createUpdate(sql)
                .bind("seller", p.sellerId().value())
                .bind("marketplace", p.marketplace().wire())
                .bind("customer", p.customerId())
                .bind("display_name", p.displayName())
                .bind("total", p.totalInteractions())
                .bind("reviews", p.reviews())
                .bind("questions", p.questions())
                .bind("chats", p.chats())
                .bind("rating_sum", p.ratingSum())
                .bind("rating_count", p.ratingCount())
                .bind("low", p.lowRatingReviews())
                .bind("first", Timestamps.bind(p.firstInteractionAt()))
                .bind("last", Timestamps.bind(p.lastInteractionAt()))
                .bind("recent", recent(p.recentRatings()))
                .bind("updated_at", Timestamps.bind(p.updatedAt()))
                .execute();
    }

    private static String recent(List<RecentRating> ratings) {
        ArrayNode array = JsonColumns.mapper().createArrayNode();
        for (RecentRating r : ratings) {
            array.addObject().put("interaction_id", r.interactionId().value()).put("at", r.at().toString())
                    .put("rating", r.rating());
        }
        return array.toString();
    }

    private static CustomerProfile profile(ResultSet rs) throws SQLException {
        List<RecentRating> recent = new ArrayList<>();
        try {
            for (JsonNode node : JsonColumns.mapper().readTree(rs.getString("recent_ratings"))) {
                recent.add(new RecentRating(InteractionId.of(node.path("interaction_id").asLong()),
                        Instant.parse(node.path("at").asText()), node.path("rating").asInt()));
            }
        } catch (JsonProcessingException e) {
            throw new AgentIqException("customer_profiles.recent_ratings is not JSON: " + e.getOriginalMessage());
        }
        return new CustomerProfile(SellerId.of(rs.getLong("seller_id")), Marketplace.fromWire(rs.getString("marketplace")),
                rs.getString("customer_id"), rs.getString("display_name"), rs.getInt("total_interactions"),
                rs.getInt("reviews"), rs.getInt("questions"), rs.getInt("chats"), rs.getLong("rating_sum"),
                rs.getInt("rating_count"), rs.getInt("low_rating_reviews"), Timestamps.read(rs, "first_interaction_at"),
                Timestamps.read(rs, "last_interaction_at"), recent, Timestamps.read(rs, "updated_at"));
    }
}
