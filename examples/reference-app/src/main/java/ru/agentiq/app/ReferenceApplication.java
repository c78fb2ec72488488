package ru.agentiq.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The reference HTTP API over AgentIQ: run it, then call {@code /api/interactions} with a seller API key. */
// API keys are the only credentials; Boot's generated in-memory user (and the password it logs) must not exist
@SpringBootApplication(excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@EnableConfigurationProperties(AppProperties.class)
public class ReferenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferenceApplication.class, args);
    }
}
