/**
 * Metric facts (plan §14.2 {@code metric_facts}): one number per seller, metric, day, channel (or all channels) and
 * data source, so every KPI is labelled by where its data came from ({@code wb_api}, {@code wbcon_fallback}, demo)
 * and history stays queryable without recomputing it. {@link ru.agentiq.core.metrics.MetricFactStore} is the port;
 * {@link ru.agentiq.core.metrics.CommunicationFacts} records a day's communication KPIs.
 */
package ru.agentiq.core.metrics;
