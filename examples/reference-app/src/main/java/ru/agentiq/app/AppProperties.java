package ru.agentiq.app;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code agentiq.app.*}: the reference app's own settings (API keys, demo data). */
@ConfigurationProperties(prefix = "agentiq.app")
public class AppProperties {

    /** Seed the demo interactions for every configured seller at start-up. */
    private boolean demoData = true;

    /** Seller API keys: each maps a key to the seller (tenant) it acts for. */
    private List<SellerKey> sellers = new ArrayList<>();

    /** Admin API keys: each maps a key to the acting admin's id (recorded as initiated_by). */
    private List<AdminKey> admins = new ArrayList<>();

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
