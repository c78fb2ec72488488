package ru.agentiq.app.web;

import java.util.List;
import ru.agentiq.core.draft.Draft;
import ru.agentiq.core.draft.DraftWarning;
import ru.agentiq.core.draft.GroundingItem;

/**
 * The seed's draft response (§f) plus what the SDK adds: {@code used_fallback}, escalation, the grounding used, and
 * the wallet after the draft ({@code balance_after}, {@code low_balance}, as in seed 003).
 */
public record DraftView(InteractionView interaction, String draftText, String intent, String sentiment,
        String slaPriority, String recommendationReason, String source, boolean usedFallback,
        boolean needsEscalation, String escalationReason, List<WarningView> guardrailWarnings,
        List<GroundingView> grounding, String balanceAfter, boolean lowBalance) {

    static DraftView of(InteractionView interaction, Draft d, String balanceAfter, boolean lowBalance) {
        return new DraftView(interaction, d.text(), d.intent(), d.sentiment(), d.slaPriority(),
                d.recommendationReason(), d.source().wire(), d.usedFallback(), d.needsEscalation(),
                d.escalationReason(), d.guardrailWarnings().stream().map(WarningView::of).toList(),
                d.grounding().stream().map(g -> new GroundingView(g.kind().wire(), g.detail())).toList(),
                balanceAfter, lowBalance);
    }

    /** A draft-stage guardrail finding (seed §c.4 warning object). */
    public record WarningView(String type, String severity, String message, String phrase, String category) {
        static WarningView of(DraftWarning w) {
            return new WarningView(w.type(), w.severity(), w.message(), w.phrase(), w.category());
        }
    }

    /** One piece of context the draft was grounded on. */
    public record GroundingView(String kind, String detail) {
        static GroundingView of(GroundingItem g) {
            return new GroundingView(g.kind().wire(), g.detail());
        }
    }
}
