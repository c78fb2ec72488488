package ru.agentiq.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import ru.agentiq.core.demo.DemoSeeder;
import ru.agentiq.core.interaction.SellerId;

/** Seeds the demo interactions for each configured seller when {@code agentiq.app.demo-data=true}. */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AppProperties properties;
    private final DemoSeeder seeder;

    DemoDataLoader(AppProperties properties, DemoSeeder seeder) {
        this.properties = properties;
        this.seeder = seeder;
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
        }
    }
}
