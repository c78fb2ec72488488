/** AgentIQ's exceptions as RFC 9457 problem details in servlet web applications. */
package ru.agentiq.spring.web;
