package ru.agentiq.core.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import ru.agentiq.core.interaction.Channel;
import ru.agentiq.core.interaction.ExtraData;
import ru.agentiq.core.interaction.Interaction;
import ru.agentiq.core.interaction.InteractionData;
import ru.agentiq.core.interaction.InteractionId;
import ru.agentiq.core.interaction.InteractionNotFoundException;
import ru.agentiq.core.interaction.InteractionRepository;
import ru.agentiq.core.interaction.ReferenceKind;
import ru.agentiq.core.interaction.ReferenceQuery;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.core.linking.ActionPolicy;
import ru.agentiq.core.linking.LinkType;

/**
 * Builds the deterministic thread timeline of an interaction (seed §d.4): every interaction of the same seller and
 * marketplace that shares the anchor's order id, customer id, or — within the product window — its nmID or article,
 * whatever the channel.
 *
 * <p>Each candidate is matched by the first rule that applies: itself ({@code current_interaction}, 1.0), same order
 * (0.99), same customer (0.95), same nmID within the window (0.82), same article within the window (0.78). A
 * product-level match needs both occurrence times known. When more than {@code maxItems} match, the strongest reasons
 * win and, within a reason, the nearest in time — so a busy product never crowds a buyer's own touches out of their
 * thread; the anchor is always kept. Steps are listed oldest first. Each step carries the action policy evaluated as
 * a deterministic link of its confidence, which keeps product-level steps assist-only.
 *
 * <p>Thread-safe.
 */
public final class TimelineService {

    private final InteractionRepository interactions;
    private final ActionPolicy policy;

    public TimelineService(InteractionRepository interactions, ActionPolicy policy) {
        this.interactions = Checks.required(interactions, "interactions");
        this.policy = Checks.required(policy, "policy");
    }

    /**
     * The timeline of interaction {@code id} of {@code sellerId}.
     *
     * @throws InteractionNotFoundException when the seller has no such interaction
     */
    public ThreadTimeline timeline(SellerId sellerId, InteractionId id, TimelineOptions options) {
        Checks.required(options, "options");
        Interaction anchor = interactions.findById(Checks.required(sellerId, "sellerId"), Checks.required(id, "id"))
                .orElseThrow(() -> new InteractionNotFoundException(sellerId, id));
        InteractionData d = anchor.data();
        List<Interaction> related = new ArrayList<>();
        int sameNmId = 0;
        for (ReferenceKind kind : ReferenceKind.values()) {
            String value = kind.of(d);
            if (value == null) {
                continue;
            }
            if (kind == ReferenceKind.PRODUCT_ARTICLE && sameNmId >= options.maxItems()) {
                // a full page of same-nmID touches already outranks every article-only touch (the weakest reason),
                // and any nmID touch the article lookup could add is farther than all of that page: the lookup
                // cannot change the timeline, and on a busy product it is half the card's reads
                continue;
            }
            ReferenceQuery query = ReferenceQuery.of(sellerId, d.marketplace(), kind, value)
                    .limit(options.maxItems());
            boolean product = kind == ReferenceKind.NM_ID || kind == ReferenceKind.PRODUCT_ARTICLE;
            if (product) {
                if (d.occurredAt() == null) {
                    continue;
                }
                query = query.within(d.occurredAt(), options.productWindow());
            } else if (d.occurredAt() != null) {
                query = query.around(d.occurredAt());
            }
            List<Interaction> found = interactions.findByReference(query);
            if (kind == ReferenceKind.NM_ID) {
                sameNmId = found.size();
            }
            related.addAll(found);
        }
        return build(anchor, related, options, policy);
    }

    /**
     * The timeline of {@code anchor} among {@code candidates} (any interactions; those of other sellers or marketplaces
     * and those that match no rule are ignored). Pure: use it when the interactions are already at hand.
     */
    public static ThreadTimeline build(Interaction anchor, Collection<Interaction> candidates, TimelineOptions options,
            ActionPolicy policy) {
        Checks.required(anchor, "anchor");
        Checks.required(candidates, "candidates");
        Checks.required(options, "options");
        Checks.required(policy, "policy");
        InteractionData a = anchor.data();
        Duration window = options.productWindow();
        Map<InteractionId, Matched> matched = new LinkedHashMap<>();
        matched.put(anchor.id(), new Matched(anchor, MatchReason.CURRENT_INTERACTION));
        for (Interaction c : candidates) {
            if (c == null || matched.containsKey(c.id())) {
                continue;
            }
            MatchReason reason = reason(a, c.data(), window);
            if (reason != null) {
                matched.put(c.id(), new Matched(c, reason));
            }
        }
        List<Matched> chosen = new ArrayList<>(matched.values());
        if (chosen.size() > options.maxItems()) {
            chosen.sort(Comparator.comparing(Matched::reason)
                    .thenComparing(m -> gap(a.occurredAt(), m.interaction().data().occurredAt()),
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Comparator.comparingLong((Matched m) -> m.interaction().id().value()).reversed()));
            chosen = chosen.subList(0, options.maxItems());
        }
        chosen.sort(Comparator.comparing((Matched m) -> m.interaction().data().occurredAt(),
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(m -> m.interaction().createdAt())
                .thenComparingLong(m -> m.interaction().id().value()));
        List<TimelineStep> steps = new ArrayList<>(chosen.size());
        TreeSet<Channel> channels = new TreeSet<>(Comparator.comparing(Channel::wire));
        for (Matched m : chosen) {
            steps.add(step(m, anchor.id(), policy));
            channels.add(m.interaction().channel());
        }
        return new ThreadTimeline(anchor.id(), ThreadScope.of(a), ThreadKey.of(a), List.copyOf(channels), steps);
    }

    private static MatchReason reason(InteractionData a, InteractionData c, Duration window) {
        if (!a.sellerId().equals(c.sellerId()) || a.marketplace() != c.marketplace()) {
            return null;
        }
        if (a.orderId() != null && a.orderId().equals(c.orderId())) {
            return MatchReason.ORDER_ID_EXACT;
        }
        if (a.customerId() != null && a.customerId().equals(c.customerId())) {
            return MatchReason.CUSTOMER_ID_EXACT;
        }
        Duration gap = gap(a.occurredAt(), c.occurredAt());
        boolean inWindow = gap != null && gap.compareTo(window) <= 0;
        if (inWindow && a.nmId() != null && a.nmId().equals(c.nmId())) {
            return MatchReason.NM_ID_TIME_WINDOW;
        }
        if (inWindow && a.productArticle() != null && a.productArticle().equals(c.productArticle())) {
            return MatchReason.ARTICLE_TIME_WINDOW;
        }
        return null;
    }

    private static Duration gap(Instant a, Instant b) {
        return a == null || b == null ? null : Duration.between(a, b).abs();
    }

    private static TimelineStep step(Matched m, InteractionId anchorId, ActionPolicy policy) {
        Interaction i = m.interaction();
        InteractionData d = i.data();
        double confidence = m.reason().confidence();
        return new TimelineStep(i.id(), d.channel(), d.externalId(), d.occurredAt(), d.status(), d.priority(),
                d.needsResponse(), d.subject(), m.reason(), confidence,
                policy.evaluate(LinkType.DETERMINISTIC, confidence), i.id().equals(anchorId), WbUrls.of(d.channel()),
                d.extraData().getString("last_reply_text").orElse(null), lastDraftText(d.extraData()));
    }

    private static String lastDraftText(ExtraData extra) {
        return extra.get("last_ai_draft")
                .filter(Map.class::isInstance)
                .map(draft -> ((Map<?, ?>) draft).get("text"))
                .filter(String.class::isInstance)
                .map(Objects::toString)
                .orElse(null);
    }

    private record Matched(Interaction interaction, MatchReason reason) {
    }
}
