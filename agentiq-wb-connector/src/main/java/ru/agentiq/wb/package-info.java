/**
 * The Wildberries connector: clients for the Feedbacks, Questions and Buyers-Chat APIs on
 * {@link java.net.http.HttpClient}, WB's own rate limits, typed errors ({@link ru.agentiq.wb.WbApiException}) and
 * token checks; normalisation of WB payloads to AgentIQ interactions, the sync feed, reply dispatch and the OpenAPI
 * contract check. Start with {@link ru.agentiq.wb.WbConnector}.
 */
package ru.agentiq.wb;
