package ru.agentiq.app.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.agentiq.app.security.ApiCaller;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.linking.LinkingService;
import ru.agentiq.core.linking.RecomputeListener;
import ru.agentiq.core.linking.RecomputeOptions;
import ru.agentiq.core.linking.RecomputeResult;

/** {@code /api/links}: cross-channel link maintenance. */
@RestController
@RequestMapping("/api/links")
public class LinksController {

    private final LinkingService linking;

    public LinksController(LinkingService linking) {
        this.linking = linking;
    }

    public record RecomputeView(long sellerId, long interactions, long linked, long candidates, int batches,
            long elapsedMs) {
    }

    /**
     * Recomputes every link candidate of the calling seller from scratch (after a bulk import or a weights change);
     * day-to-day links are kept current on every ingest.
     */
    @PostMapping("/recompute")
    public RecomputeView recompute(@AuthenticationPrincipal ApiCaller caller) {
        SellerId seller = Callers.seller(caller);
        RecomputeResult r = linking.recompute(seller, RecomputeOptions.defaults(), RecomputeListener.NONE);
        return new RecomputeView(seller.value(), r.interactions(), r.linked(), r.candidates(), r.batches(),
                r.elapsed().toMillis());
    }
}
