/** Spring Boot auto-configuration for AgentIQ: glue only, every bean replaceable. */
package ru.agentiq.spring;
