/**
 * An adapter of core's {@link ru.agentiq.core.draft.DraftGenerator} port for any OpenAI-compatible chat-completions
 * endpoint ({@code POST {base}/chat/completions}): DeepSeek (the seed's default), OpenRouter, OpenAI or a local
 * server. Built on {@code java.net.http.HttpClient} and Jackson; the answer is read defensively and every failure
 * becomes an {@link ru.agentiq.core.draft.LlmCallException} carrying the call's usage, so a fallback draft can still
 * be metered.
 */
package ru.agentiq.llm.openai;
