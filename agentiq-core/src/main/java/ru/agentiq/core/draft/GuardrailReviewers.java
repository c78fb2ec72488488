package ru.agentiq.core.draft;

import java.util.ArrayList;
import java.util.List;
import ru.agentiq.core.guardrails.GuardrailFinding;
import ru.agentiq.core.guardrails.Guardrails;
import ru.agentiq.core.guardrails.SellerGuardrails;
import ru.agentiq.core.internal.Checks;

/** The guardrails module as the drafts' {@link DraftReviewer}: draft-stage findings (seed §c.4) as draft warnings. */
public final class GuardrailReviewers {

    private GuardrailReviewers() {
    }

    /** Each seller's own guardrails. */
    public static DraftReviewer of(SellerGuardrails guardrails) {
        Checks.required(guardrails, "guardrails");
        return (seller, channel, draft, customerText) -> {
            List<DraftWarning> out = new ArrayList<>();
            for (GuardrailFinding f : guardrails.forSeller(seller).reviewDraft(channel, draft, customerText)) {
                out.add(warning(f));
            }
            return out;
        };
    }

    /** One set of guardrails for every seller (e.g. {@code Guardrails.defaults()}). */
    public static DraftReviewer of(Guardrails guardrails) {
        Checks.required(guardrails, "guardrails");
        return (seller, channel, draft, customerText) -> guardrails.reviewDraft(channel, draft, customerText).stream()
                .map(GuardrailReviewers::warning).toList();
    }

    static DraftWarning warning(GuardrailFinding f) {
        return new DraftWarning(f.type().wire(), f.severity().wire(), f.message(), f.phrase(), f.category());
    }
}
