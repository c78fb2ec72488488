package ru.agentiq.app.web;

import java.time.Instant;
import java.util.List;
import ru.agentiq.core.customer.CustomerProfile;
import ru.agentiq.core.customer.RecentRating;
import ru.agentiq.core.linking.InteractionLinks;
import ru.agentiq.core.linking.LinkCandidate;
import ru.agentiq.core.linking.LinkSignal;

/**
 * The context block of an interaction card: its cross-channel link candidates (seed {@code link_candidates},
 * {@code link_updated_at}) and the buyer's profile (seed §h.5; anonymous when the interaction has no customer id).
 */
public record ContextView(List<LinkView> linkCandidates, Instant linkUpdatedAt, ProfileView customerProfile) {

    static ContextView of(InteractionLinks links, CustomerProfile profile) {
        return new ContextView(links == null ? List.of() : links.candidates().stream().map(LinkView::of).toList(),
                links == null ? null : links.updatedAt(), ProfileView.of(profile));
    }

    /** One link candidate with its confidence, policy and reasons. */
    public record LinkView(long interactionId, String channel, String externalId, double confidence, String linkType,
            String band, boolean autoActionAllowed, String actionMode, String policyReason,
            List<String> reasoningSignals, String explanation) {

        static LinkView of(LinkCandidate c) {
            return new LinkView(c.interactionId().value(), c.channel().wire(), c.externalId(), c.confidence(),
                    c.linkType().wire(), c.band().wire(), c.autoActionAllowed(), c.actionMode().wire(),
                    c.policyReason().wire(), c.reasoningSignals().stream().map(LinkSignal::wire).toList(),
                    c.explanation());
        }
    }

    /** The buyer across channels. */
    public record ProfileView(String customerId, String displayName, boolean isAnonymous, int totalInteractions,
            int reviews, int questions, int chats, Double avgRating, String sentimentTrend,
            boolean isRepeatComplainer, Instant firstInteractionAt, Instant lastInteractionAt,
            List<Integer> recentRatings, String draftContext) {

        static ProfileView of(CustomerProfile p) {
            if (p == null) {
                return null;
            }
            return new ProfileView(p.customerId(), p.displayName(), p.isAnonymous(), p.totalInteractions(),
                    p.reviews(), p.questions(), p.chats(),
                    p.averageRating().isPresent() ? Math.round(p.averageRating().getAsDouble() * 100) / 100.0 : null,
                    p.sentimentTrend().wire(), p.repeatComplainer(), p.firstInteractionAt(), p.lastInteractionAt(),
                    p.recentRatings().stream().map(RecentRating::rating).toList(), p.draftContext());
        }
    }
}
