package ru.agentiq.app;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import ru.agentiq.core.autoresponse.AutoResponder;
import ru.agentiq.core.autoresponse.AutoResponseDecision;
import ru.agentiq.core.autoresponse.Outcome;
import ru.agentiq.core.interaction.SellerId;

/**
 * Runs the auto-response pipeline for every configured seller on a fixed delay (default 3 minutes, as the seed did).
 * Sellers are off until they enable auto-responses in their settings; sandbox mode records instead of sending.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(prefix = "agentiq.app", name = "auto-responses", havingValue = "true", matchIfMissing = true)
class ScheduledAutoResponses {

    private static final Logger log = LoggerFactory.getLogger(ScheduledAutoResponses.class);

    private final AutoResponder responder;
    private final AppProperties properties;

    ScheduledAutoResponses(AutoResponder responder, AppProperties properties) {
        this.responder = responder;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${agentiq.app.auto-response-interval:PT3M}",
            initialDelayString = "${agentiq.app.auto-response-interval:PT3M}")
    void run() throws InterruptedException {
        for (AppProperties.SellerKey seller : properties.getSellers()) {
            List<AutoResponseDecision> decisions = responder.run(SellerId.of(seller.getSellerId()));
            long sent = decisions.stream().filter(d -> d.outcome() == Outcome.SENT).count();
            if (!decisions.isEmpty()) {
                log.info("Auto-responses for seller {}: {} considered, {} sent", seller.getSellerId(),
                        decisions.size(), sent);
            }
        }
    }
}
