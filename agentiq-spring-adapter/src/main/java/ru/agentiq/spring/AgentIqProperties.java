package ru.agentiq.spring;

import java.math.BigDecimal;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agentiq.*} configuration. Every default is the constant the SDK itself uses, so a property left out behaves
 * exactly like the library without Spring; {@code AgentIqPropertiesDefaultsTest} checks each one.
 */
@ConfigurationProperties(prefix = "agentiq")
public class AgentIqProperties {

    /** Whether AgentIQ's auto-configuration runs at all. */
    private boolean enabled = true;

    private final Jdbc jdbc = new Jdbc();
    private final Billing billing = new Billing();
    private final Wb wb = new Wb();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Jdbc getJdbc() {
        return jdbc;
    }

    public Billing getBilling() {
        return billing;
    }

    public Wb getWb() {
        return wb;
    }

    /** {@code agentiq.jdbc.*}: the JDBC adapters, used when the application has a {@code DataSource}. */
    public static class Jdbc {

        /** Whether to apply AgentIQ's Flyway migrations to the application's DataSource at start-up. */
        private boolean migrationsEnabled = true;

        public boolean isMigrationsEnabled() {
            return migrationsEnabled;
        }

        public void setMigrationsEnabled(boolean migrationsEnabled) {
            this.migrationsEnabled = migrationsEnabled;
        }
    }

    /** {@code agentiq.billing.*}: the credit wallet (agentiq-billing on the classpath). */
    public static class Billing {

        /**
         * Whether a depleted wallet refuses metered calls (402 "Insufficient credits. Please top up your account.").
         * Off by default: calls go through and report {@code low_balance}.
         */
        private boolean creditEnforcementEnabled = false;

        /** Balance below which results report {@code low_balance = true}. */
        private BigDecimal lowBalanceThreshold = new BigDecimal("5");

        /** Time zone of the calendar days, weeks and months in usage reports. */
        private ZoneId usageZone = ZoneId.of("UTC");

        public boolean isCreditEnforcementEnabled() {
            return creditEnforcementEnabled;
        }

        public void setCreditEnforcementEnabled(boolean creditEnforcementEnabled) {
            this.creditEnforcementEnabled = creditEnforcementEnabled;
        }

        public BigDecimal getLowBalanceThreshold() {
            return lowBalanceThreshold;
        }

        public void setLowBalanceThreshold(BigDecimal lowBalanceThreshold) {
            this.lowBalanceThreshold = lowBalanceThreshold;
        }

        public ZoneId getUsageZone() {
            return usageZone;
        }

        public void setUsageZone(ZoneId usageZone) {
            this.usageZone = usageZone;
        }
    }

    /** {@code agentiq.wb.*}: the Wildberries connector, active when a token is set. */
    public static class Wb {

        /** A seller's WB API token (Feedbacks and Questions and/or Buyers chat scope). Never logged. */
        private String token;

        /** The seller (tenant) the token belongs to. */
        private long sellerId = 1;

        /** Base URL of the Feedbacks and Questions API (tests, the sandbox or a proxy may replace it). */
        private String feedbacksBaseUrl = "https://feedbacks-api.wildberries.ru";

        /** Base URL of the Buyers chat API. */
        private String chatBaseUrl = "https://buyer-chat-api.wildberries.ru";

        public String getToken() {
            return token;
        }

        public void setToken(String token) {
            this.token = token;
        }

        public long getSellerId() {
            return sellerId;
        }

        public void setSellerId(long sellerId) {
            this.sellerId = sellerId;
        }

        public String getFeedbacksBaseUrl() {
            return feedbacksBaseUrl;
        }

        public void setFeedbacksBaseUrl(String feedbacksBaseUrl) {
            this.feedbacksBaseUrl = feedbacksBaseUrl;
        }

        public String getChatBaseUrl() {
            return chatBaseUrl;
        }

        public void setChatBaseUrl(String chatBaseUrl) {
            this.chatBaseUrl = chatBaseUrl;
        }

        /** Keeps the token out of logs and actuator output. */
        @Override
        public String toString() {
            return "Wb[sellerId=" + sellerId + ", token=" + (token == null ? "unset" : "set") + ", feedbacksBaseUrl="
                    + feedbacksBaseUrl + ", chatBaseUrl=" + chatBaseUrl + "]";
        }
    }
}
