package ru.agentiq.spring;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import ru.agentiq.billing.ledger.CreditLedger;
import ru.agentiq.spring.web.BillingExceptionHandler;
import ru.agentiq.spring.web.CoreExceptionHandler;
import ru.agentiq.spring.web.WbExceptionHandler;
import ru.agentiq.wb.WbConnector;

/**
 * In servlet web applications, AgentIQ's exceptions become RFC 9457 problem details: insufficient credits → 402,
 * guardrail block → 422 with violations and warnings, validation → 422, not found → 404, rate limited → 429 with
 * {@code Retry-After}, other WB failures → 502.
 */
@AutoConfiguration(after = AgentIqAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(ProblemDetail.class)
@ConditionalOnProperty(prefix = "agentiq", name = "enabled", havingValue = "true", matchIfMissing = true)
public class AgentIqWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CoreExceptionHandler agentIqCoreExceptionHandler(Clock clock) {
        return new CoreExceptionHandler(clock);
    }

    /** Billing's 402 and 409. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CreditLedger.class)
    static class Billing {
        @Bean
        @ConditionalOnMissingBean
        BillingExceptionHandler agentIqBillingExceptionHandler() {
            return new BillingExceptionHandler();
        }
    }

    /** WB's 502 and 429. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(WbConnector.class)
    static class Wildberries {
        @Bean
        @ConditionalOnMissingBean
        WbExceptionHandler agentIqWbExceptionHandler(CoreExceptionHandler core) {
            return new WbExceptionHandler(core);
        }
    }
}
