package ru.agentiq.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import ru.agentiq.core.demo.DemoSeeder;
import ru.agentiq.core.interaction.SellerId;
import ru.agentiq.core.linking.LinkingService;
import ru.agentiq.core.linking.RecomputeListener;
import ru.agentiq.core.linking.RecomputeOptions;

/**
 * Seeds the demo interactions for each configured seller when {@code agentiq.app.demo-data=true}, then links them
 * (demo data is written directly, not ingested, so the incremental linking has not seen it).
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AppProperties properties;
    private final DemoSeeder seeder;
    private final LinkingService linking;

    DemoDataLoader(AppProperties properties, DemoSeeder seeder, LinkingService linking) {
        this.properties = properties;
        this.seeder = seeder;
        this.linking = linking;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.isDemoData()) {
            return;
        }
        for (AppProperties.SellerKey seller : properties.getSellers()) {
            DemoSeeder.DemoSeedResult result = seeder.seed(SellerId.of(seller.getSellerId()));
            log.info("Demo data for seller {}: {} created, {} already present", seller.getSellerId(),
                    result.created(), result.alreadyPresent());
            linking.recompute(SellerId.of(seller.getSellerId()), RecomputeOptions.defaults(), RecomputeListener.NONE);
        }
    }
}
