package ru.agentiq.app.payments;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.agentiq.billing.payment.PaymentProvider;

/**
 * The payment provider behind top-ups: the test provider when {@code agentiq.app.payments.test-provider=true} and
 * the application defines no other. With a provider, agentiq-spring-adapter builds the {@code TopUpService}.
 */
@Configuration(proxyBeanMethods = false)
public class PaymentsConfiguration {

    @Bean
    @ConditionalOnMissingBean(PaymentProvider.class)
    @ConditionalOnProperty(prefix = "agentiq.app.payments", name = "test-provider", havingValue = "true")
    PaymentProvider testPaymentProvider() {
        return new TestPaymentProvider();
    }
}
