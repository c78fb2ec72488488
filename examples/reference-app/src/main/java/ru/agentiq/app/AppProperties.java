package ru.agentiq.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code agentiq.app.*}: the reference app's own settings (API keys, demo data, payments). */
@ConfigurationProperties(prefix = "agentiq.app")
public class AppProperties {

    /** Seed the demo interactions for every configured seller at start-up. */
    private boolean demoData = true;

    /** Seller API keys: each maps a key to the seller (tenant) it acts for. */
    private List<SellerKey> sellers = new ArrayList<>();

    /** Admin API keys: each maps a key to the acting admin's id (recorded as initiated_by). */
    private List<AdminKey> admins = new ArrayList<>();

    private final Payments payments = new Payments();

    public Payments getPayments() {
        return payments;
    }

    public boolean isDemoData() {
        return demoData;
    }

    public void setDemoData(boolean demoData) {
        this.demoData = demoData;
    }

    public List<SellerKey> getSellers() {
        return sellers;
    }

    public void setSellers(List<SellerKey> sellers) {
        this.sellers = sellers;
    }

    public List<AdminKey> getAdmins() {
        return admins;
    }

    public void setAdmins(List<AdminKey> admins) {
        this.admins = admins;
    }

    /** {@code agentiq.app.payments.*}: credit top-ups and the payment provider's webhook. */
    public static class Payments {

        /**
         * Register the deterministic test payment provider, which takes no money (intents only; the webhook grants).
         * A real deployment leaves this off and defines its own {@code PaymentProvider} bean.
         */
        private boolean testProvider = false;

        /**
         * Secret the provider signs its webhook calls with (Stripe's {@code whsec_…}). Without it the webhook
         * refuses every call with 503. Never logged.
         */
        private String webhookSecret;

        /** How old a signed webhook call may be (replay protection); Stripe's libraries use 5 minutes. */
        private Duration webhookTolerance = Duration.ofMinutes(5);

        public boolean isTestProvider() {
            return testProvider;
        }

        public void setTestProvider(boolean testProvider) {
            this.testProvider = testProvider;
        }

        public String getWebhookSecret() {
            return webhookSecret;
        }

        public void setWebhookSecret(String webhookSecret) {
            this.webhookSecret = webhookSecret;
        }

        public Duration getWebhookTolerance() {
            return webhookTolerance;
        }

        public void setWebhookTolerance(Duration webhookTolerance) {
            this.webhookTolerance = webhookTolerance;
        }

        /** Keeps the webhook secret out of logs. */
        @Override
        public String toString() {
            return "Payments[testProvider=" + testProvider + ", webhookSecret="
                    + (webhookSecret == null ? "unset" : "set") + ", webhookTolerance=" + webhookTolerance + "]";
        }
    }

    /** One seller's API key. */
    public static class SellerKey {
        private String apiKey;
        private long sellerId;

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        public long getSellerId() {
            return sellerId;
        }

        public void setSellerId(long sellerId) {
            this.sellerId = sellerId;
        }
    }

    /** One admin's API key. */
    public static class AdminKey {
        private String apiKey;
        private String adminId;

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        public String getAdminId() {
            return adminId;
        }

        public void setAdminId(String adminId) {
            this.adminId = adminId;
        }
    }
}
