package ru.agentiq.spring;

import java.math.BigDecimal;
import java.time.Duration;
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
    private final Linking linking = new Linking();
    private final Drafts drafts = new Drafts();
    private final Llm llm = new Llm();
    private final Ops ops = new Ops();

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

    public Linking getLinking() {
        return linking;
    }

    public Drafts getDrafts() {
        return drafts;
    }

    public Llm getLlm() {
        return llm;
    }

    public Ops getOps() {
        return ops;
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

        // the two debit defaults are JdbcLedgerStore's, written as literals for the configuration metadata;
        // AgentIqModulesAutoConfigurationTest holds them equal

        /**
         * On PostgreSQL, the most plain debits one call appends when they arrive together (group commit), 1..1000;
         * 1 turns grouping off.
         */
        private int debitBatchSize = 64;

        /** On PostgreSQL, the most debit calls in flight at once, each holding a connection, 1..64. */
        private int debitCalls = 2;

        public int getDebitBatchSize() {
            return debitBatchSize;
        }

        public void setDebitBatchSize(int debitBatchSize) {
            this.debitBatchSize = debitBatchSize;
        }

        public int getDebitCalls() {
            return debitCalls;
        }

        public void setDebitCalls(int debitCalls) {
            this.debitCalls = debitCalls;
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

        /**
         * How AI drafts are paid for: {@code post-paid} (the seed's way: check the wallet, call, debit the actual cost,
         * which may go below zero) or {@code reserve} (hold an upper-bound estimate first; never below zero).
         */
        private Metering meteringMode = Metering.POST_PAID;

        private final TopUp topUp = new TopUp();

        public TopUp getTopUp() {
            return topUp;
        }

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

        public Metering getMeteringMode() {
            return meteringMode;
        }

        public void setMeteringMode(Metering meteringMode) {
            this.meteringMode = meteringMode;
        }

        /**
         * {@code agentiq.billing.top-up.*}: sellers buying credits, active when the application defines a
         * {@code PaymentProvider} bean (Stripe, YooKassa, …).
         */
        public static class TopUp {

            /** Smallest top-up, in {@code currency}. */
            private BigDecimal minAmount = new BigDecimal("1.00");

            /** Largest top-up, in {@code currency}. */
            private BigDecimal maxAmount = new BigDecimal("500.00");

            /** ISO 4217 code of the money paid. */
            private String currency = "USD";

            /** Price of one credit in {@code currency} (the seed's 0.03: $10 buys 333.33 credits). */
            private BigDecimal pricePerCredit = new BigDecimal("0.03");

            public BigDecimal getMinAmount() {
                return minAmount;
            }

            public void setMinAmount(BigDecimal minAmount) {
                this.minAmount = minAmount;
            }

            public BigDecimal getMaxAmount() {
                return maxAmount;
            }

            public void setMaxAmount(BigDecimal maxAmount) {
                this.maxAmount = maxAmount;
            }

            public String getCurrency() {
                return currency;
            }

            public void setCurrency(String currency) {
                this.currency = currency;
            }

            public BigDecimal getPricePerCredit() {
                return pricePerCredit;
            }

            public void setPricePerCredit(BigDecimal pricePerCredit) {
                this.pricePerCredit = pricePerCredit;
            }
        }

        /** Billing's metering modes, named here so the properties load without agentiq-billing. */
        public enum Metering {
            /** Check, call, debit the actual cost (may go below zero). */
            POST_PAID,
            /** Hold an estimate, call, capture the actual cost (never below zero). */
            RESERVE
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

        /** Whether drafts are grounded on product cards from WB's public card CDN (cached for an hour). */
        private boolean productCardsEnabled = true;

        /** Scheme and host of the card CDN, {@code %s} standing for the two-digit basket number. */
        private String cardHostPattern = "https://basket-%s.wbbasket.ru";

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

        public boolean isProductCardsEnabled() {
            return productCardsEnabled;
        }

        public void setProductCardsEnabled(boolean productCardsEnabled) {
            this.productCardsEnabled = productCardsEnabled;
        }

        public String getCardHostPattern() {
            return cardHostPattern;
        }

        public void setCardHostPattern(String cardHostPattern) {
            this.cardHostPattern = cardHostPattern;
        }

        /** Keeps the token out of logs and actuator output. */
        @Override
        public String toString() {
            return "Wb[sellerId=" + sellerId + ", token=" + (token == null ? "unset" : "set") + ", feedbacksBaseUrl="
                    + feedbacksBaseUrl + ", chatBaseUrl=" + chatBaseUrl + "]";
        }
    }

    /** {@code agentiq.linking.*}: cross-channel linking. */
    public static class Linking {

        /**
         * Signal weights: {@code piloted} (what the first implementation ran in the pilot) or {@code plan} (the
         * product plan's weights with a 7-day product window).
         */
        private String profile = "piloted";

        public String getProfile() {
            return profile;
        }

        public void setProfile(String profile) {
            this.profile = profile;
        }
    }

    /** {@code agentiq.drafts.*}: AI reply drafts. */
    public static class Drafts {

        /** Tone of a seller's drafts until the seller chooses one: {@code neutral}, {@code friendly} or {@code formal}. */
        private String tone = "neutral";

        /** Earlier seller replies on the same product and intent put in the prompt (0..20). */
        private int pastReplies = 3;

        /** Frequent intents of the product put in the prompt (0..10). */
        private int frequentIntents = 3;

        /** Latest chat messages put in the prompt (0..50). */
        private int chatMessages = 10;

        public String getTone() {
            return tone;
        }

        public void setTone(String tone) {
            this.tone = tone;
        }

        public int getPastReplies() {
            return pastReplies;
        }

        public void setPastReplies(int pastReplies) {
            this.pastReplies = pastReplies;
        }

        public int getFrequentIntents() {
            return frequentIntents;
        }

        public void setFrequentIntents(int frequentIntents) {
            this.frequentIntents = frequentIntents;
        }

        public int getChatMessages() {
            return chatMessages;
        }

        public void setChatMessages(int chatMessages) {
            this.chatMessages = chatMessages;
        }
    }

    /**
     * {@code agentiq.llm.*}: the OpenAI-compatible model behind drafts (agentiq-llm-openai on the classpath), active
     * when {@code base-url} is set. Without it drafts come from the keyword fallback and templates.
     */
    public static class Llm {

        /** Whether to call the model at all. */
        private boolean enabled = true;

        /** Endpoint root, e.g. {@code https://api.deepseek.com}; {@code /chat/completions} is appended. */
        private String baseUrl;

        /** Bearer token of the endpoint. Never logged; without it no call is made. */
        private String apiKey;

        /** Who serves the endpoint; sellers whose settings name another provider are not served by it. */
        private String provider = "deepseek";

        /** Model used for every seller that names none. */
        private String model = "deepseek-chat";

        /** TCP/TLS connect budget. */
        private Duration connectTimeout = Duration.ofSeconds(5);

        /** Budget of the whole request. */
        private Duration requestTimeout = Duration.ofSeconds(30);

        /** Sampling temperature, 0..2. */
        private BigDecimal temperature = new BigDecimal("0.3");

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getBaseUrl() {
            return baseUrl;
        }

        public void setBaseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public String getApiKey() {
            return apiKey;
        }

        public void setApiKey(String apiKey) {
            this.apiKey = apiKey;
        }

        public String getProvider() {
            return provider;
        }

        public void setProvider(String provider) {
            this.provider = provider;
        }

        public String getModel() {
            return model;
        }

        public void setModel(String model) {
            this.model = model;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getRequestTimeout() {
            return requestTimeout;
        }

        public void setRequestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
        }

        public BigDecimal getTemperature() {
            return temperature;
        }

        public void setTemperature(BigDecimal temperature) {
            this.temperature = temperature;
        }

        /** Keeps the API key out of logs and actuator output. */
        @Override
        public String toString() {
            return "Llm[enabled=" + enabled + ", baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : "set")
                    + ", provider=" + provider + ", model=" + model + ", connectTimeout=" + connectTimeout
                    + ", requestTimeout=" + requestTimeout + ", temperature=" + temperature + "]";
        }
    }

    /** {@code agentiq.ops.*}: ops alerts and the pilot gate. */
    public static class Ops {

        /** Open questions due within this window count as "due soon". */
        private Duration dueSoonWindow = Duration.ofMinutes(60);

        public Duration getDueSoonWindow() {
            return dueSoonWindow;
        }

        public void setDueSoonWindow(Duration dueSoonWindow) {
            this.dueSoonWindow = dueSoonWindow;
        }
    }
}
