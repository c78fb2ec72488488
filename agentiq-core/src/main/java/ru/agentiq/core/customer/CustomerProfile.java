package ru.agentiq.core.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import ru.agentiq.core.ValidationException;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.Marketplace;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.linking.PersonNames;

/**
 * What a seller knows about one buyer across channels (seed §h.5): how often they wrote and where, their average
 * review rating, where their ratings are heading, whether they complain repeatedly — and a one-line summary for AI
 * drafts. Profiles exist only for buyers with a marketplace customer id; a buyer without one gets a transient
 * {@linkplain #anonymous anonymous} profile built from the interaction at hand, which is never stored.
 *
 * @param sellerId           tenant
 * @param marketplace        marketplace
 * @param customerId         the marketplace buyer id; null for an anonymous profile
 * @param displayName        the name of the buyer's latest interaction that carried one; nullable
 * @param totalInteractions  reviews + questions + chats
 * @param reviews            reviews written
 * @param questions          questions asked
 * @param chats              chats opened
 * @param ratingSum          sum of all review ratings
 * @param ratingCount        reviews with a rating
 * @param lowRatingReviews   reviews rated {@value #LOW_RATING} stars or less
 * @param firstInteractionAt earliest touch (occurrence time, else storage time); null when there is none
 * @param lastInteractionAt  latest touch; null when there is none
 * @param recentRatings      the latest {@value #RECENT_RATINGS} ratings, oldest first
 * @param updatedAt          when the profile last changed
 */
public record CustomerProfile(
        SellerId sellerId,
        Marketplace marketplace,
        String customerId,
        String displayName,
        int totalInteractions,
        int reviews,
        int questions,
        int chats,
        long ratingSum,
        int ratingCount,
        int lowRatingReviews,
        Instant firstInteractionAt,
        Instant lastInteractionAt,
        List<RecentRating> recentRatings,
        Instant updatedAt) {

    /** Ratings kept for the trend. */
    public static final int RECENT_RATINGS = 5;
    /** A review at or below this many stars counts as a complaint. */
    public static final int LOW_RATING = 2;
    /** Reviews and complaints needed to flag a repeat complainer. */
    public static final int REPEAT_COMPLAINER_MIN_REVIEWS = 3;
    public static final int REPEAT_COMPLAINER_MIN_COMPLAINTS = 3;

    private static final Comparator<RecentRating> CHRONOLOGICAL = Comparator.comparing(RecentRating::at)
            .thenComparingLong(r -> r.interactionId().value());

    public CustomerProfile {
        Checks.required(sellerId, "sellerId");
        Checks.required(marketplace, "marketplace");
        customerId = Checks.optionalText(customerId, "customerId", InteractionData.MAX_REFERENCE_LENGTH);
        displayName = Checks.optionalText(displayName, "displayName", 255);
        if (reviews < 0 || questions < 0 || chats < 0 || ratingCount < 0 || lowRatingReviews < 0) {
            throw new ValidationException("profile counters must not be negative");
        }
        if (totalInteractions != reviews + questions + chats) {
            throw new ValidationException("totalInteractions must equal reviews + questions + chats, was "
                    + totalInteractions);
        }
        if (ratingCount > reviews || lowRatingReviews > ratingCount) {
            throw new ValidationException("ratingCount must be <= reviews and lowRatingReviews <= ratingCount");
        }
        if (ratingSum < ratingCount || ratingSum > 5L * ratingCount) {
            throw new ValidationException("ratingSum must be within 1..5 stars per rating, was " + ratingSum
                    + " for " + ratingCount);
        }
        if ((firstInteractionAt == null) != (totalInteractions == 0) || (lastInteractionAt == null) != (totalInteractions == 0)) {
            throw new ValidationException("first and last interaction times are required exactly when there are"
                    + " interactions");
        }
        if (firstInteractionAt != null && firstInteractionAt.isAfter(lastInteractionAt)) {
            throw new ValidationException("firstInteractionAt must not be after lastInteractionAt");
        }
        recentRatings = List.copyOf(Checks.required(recentRatings, "recentRatings"));
        if (recentRatings.size() > RECENT_RATINGS || recentRatings.size() > ratingCount) {
            throw new ValidationException("recentRatings must hold at most " + RECENT_RATINGS
                    + " ratings and no more than ratingCount, was " + recentRatings.size());
        }
        Checks.required(updatedAt, "updatedAt");
    }

    /** A profile of a buyer with no interactions yet. */
    public static CustomerProfile empty(CustomerKey key, Instant now) {
        Checks.required(key, "key");
        return new CustomerProfile(key.sellerId(), key.marketplace(), key.customerId(), null, 0, 0, 0, 0, 0, 0, 0,
                null, null, List.of(), now);
    }

    /** The transient profile of a buyer known only by {@code interaction} (no customer id): that one touch. */
    public static CustomerProfile anonymous(Interaction interaction, Instant now) {
        InteractionData d = interaction.data();
        return new CustomerProfile(d.sellerId(), d.marketplace(), null, null, 0, 0, 0, 0, 0, 0, 0, null, null,
                List.of(), now).with(interaction, now);
    }

    /**
     * The profile of {@code key} built from its whole history; interactions of other buyers and repeated ids are
     * ignored.
     */
    public static CustomerProfile rebuild(CustomerKey key, Collection<Interaction> history, Instant now) {
        List<Interaction> own = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Interaction i : history) {
            if (key.equals(CustomerKey.of(i.data())) && seen.add(i.id().value())) {
                own.add(i);
            }
        }
        own.sort(Comparator.comparing(CustomerProfile::timeOf).thenComparingLong(i -> i.id().value()));
        CustomerProfile profile = empty(key, now);
        for (Interaction i : own) {
            profile = profile.with(i, now);
        }
        return profile;
    }

    /**
     * This profile with one more interaction counted. The caller makes sure it is counted once (the ingestion
     * listener only counts newly created interactions).
     *
     * @throws ValidationException when the interaction belongs to another buyer
     */
    public CustomerProfile with(Interaction interaction, Instant now) {
        InteractionData d = interaction.data();
        if (!d.sellerId().equals(sellerId) || d.marketplace() != marketplace
                || (customerId != null && !customerId.equals(d.customerId()))) {
            throw new ValidationException("interaction " + interaction.id() + " belongs to another buyer than "
                    + (customerId == null ? "this anonymous profile" : "customer " + customerId));
        }
        Instant at = timeOf(interaction);
        int newReviews = reviews + (d.channel() == Channel.REVIEW ? 1 : 0);
        int newQuestions = questions + (d.channel() == Channel.QUESTION ? 1 : 0);
        int newChats = chats + (d.channel() == Channel.CHAT ? 1 : 0);
        long newSum = ratingSum;
        int newCount = ratingCount;
        int newLow = lowRatingReviews;
        List<RecentRating> recent = recentRatings;
        if (d.rating() != null) {
            newSum += d.rating();
            newCount++;
            newLow += d.rating() <= LOW_RATING ? 1 : 0;
            List<RecentRating> merged = new ArrayList<>(recentRatings);
            merged.add(new RecentRating(interaction.id(), at, d.rating()));
            merged.sort(CHRONOLOGICAL);
            recent = merged.subList(Math.max(0, merged.size() - RECENT_RATINGS), merged.size());
        }
        String name = displayName;
        String candidate = PersonNames.displayName(d.extraData()).orElse(null);
        if (candidate != null && (name == null || !at.isBefore(lastInteractionAt))) {
            name = candidate;
        }
        Instant first = firstInteractionAt == null || at.isBefore(firstInteractionAt) ? at : firstInteractionAt;
        Instant last = lastInteractionAt == null || at.isAfter(lastInteractionAt) ? at : lastInteractionAt;
        return new CustomerProfile(sellerId, marketplace, customerId, name, totalInteractions + 1, newReviews,
                newQuestions, newChats, newSum, newCount, newLow, first, last, recent, now);
    }

    /** The key of this profile; null when anonymous. */
    public CustomerKey key() {
        return customerId == null ? null : new CustomerKey(sellerId, marketplace, customerId);
    }

    public boolean isAnonymous() {
        return customerId == null;
    }

    /** Mean review rating, when the buyer rated anything. */
    public OptionalDouble averageRating() {
        return ratingCount == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / ratingCount);
    }

    /** The trend of {@link #recentRatings()}. */
    public SentimentTrend sentimentTrend() {
        return SentimentTrend.of(recentRatings.stream().map(RecentRating::rating).toList());
    }

    /**
     * At least {@value #REPEAT_COMPLAINER_MIN_REVIEWS} reviews, of which at least
     * {@value #REPEAT_COMPLAINER_MIN_COMPLAINTS} rated {@value #LOW_RATING} stars or less.
     */
    public boolean repeatComplainer() {
        return reviews >= REPEAT_COMPLAINER_MIN_REVIEWS && lowRatingReviews >= REPEAT_COMPLAINER_MIN_COMPLAINTS;
    }

    /**
     * One line about the buyer for an AI draft prompt, for example
     * {@code Клиент: Марина. Обращений: 4. Средний рейтинг: 2.3. Тренд: ухудшается. (повторные жалобы).}
     * The average has one decimal (half up); the trend is left out when neutral, the flag when not raised.
     */
    public String draftContext() {
        List<String> parts = new ArrayList<>();
        parts.add(displayName == null ? "Клиент" : "Клиент: " + displayName);
        parts.add("Обращений: " + totalInteractions);
        if (ratingCount > 0) {
            parts.add("Средний рейтинг: " + BigDecimal.valueOf(ratingSum)
                    .divide(BigDecimal.valueOf(ratingCount), 1, RoundingMode.HALF_UP).toPlainString());
        }
        SentimentTrend trend = sentimentTrend();
        if (trend != SentimentTrend.NEUTRAL) {
            parts.add("Тренд: " + trend.russian());
        }
        if (repeatComplainer()) {
            parts.add("(повторные жалобы)");
        }
        return String.join(". ", parts) + ".";
    }

    static Instant timeOf(Interaction interaction) {
        Instant occurred = interaction.data().occurredAt();
        return occurred != null ? occurred : interaction.createdAt();
    }
}
