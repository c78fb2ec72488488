package ru.agentiq.spring;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import ru.agentiq.core.draft.DraftGenerator;
import ru.agentiq.core.draft.DraftSettingsSource;
import ru.agentiq.llm.openai.OpenAiConfig;
import ru.agentiq.llm.openai.OpenAiDraftGenerator;

/**
 * The OpenAI-compatible model behind drafts when agentiq-llm-openai is on the classpath and
 * {@code agentiq.llm.base-url} is set ({@code agentiq.llm.enabled=false} switches it off). The API key is passed to
 * the adapter and nowhere else: neither the configuration's nor the properties' {@code toString()} shows it. Runs
 * before {@link AgentIqAutoConfiguration}, whose no-model fallback then backs off.
 */
@AutoConfiguration(before = AgentIqAutoConfiguration.class)
@ConditionalOnClass(OpenAiDraftGenerator.class)
@ConditionalOnProperty(prefix = "agentiq", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnProperty(prefix = "agentiq.llm", name = "base-url")
@ConditionalOnProperty(prefix = "agentiq.llm", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(AgentIqProperties.class)
public class AgentIqLlmAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public OpenAiConfig agentIqOpenAiConfig(AgentIqProperties properties) {
        AgentIqProperties.Llm llm = properties.getLlm();
        return OpenAiConfig.builder(llm.getBaseUrl())
                .apiKey(llm.getApiKey())
                .provider(llm.getProvider())
                .defaultModel(llm.getModel())
                .connectTimeout(llm.getConnectTimeout())
                .requestTimeout(llm.getRequestTimeout())
                .temperature(llm.getTemperature())
                .build();
    }

    /**
     * The model. Seller settings are looked up per call through the provider, because the settings' default (model on
     * or off) depends on which model bean exists.
     */
    @Bean
    @ConditionalOnMissingBean(DraftGenerator.class)
    public OpenAiDraftGenerator agentIqOpenAiDraftGenerator(OpenAiConfig config,
            ObjectProvider<DraftSettingsSource> settings) {
        return new OpenAiDraftGenerator(config, sellerId -> settings.getObject().settings(sellerId));
    }
}
