package ru.agentiq.wb.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import ru.agentiq.wb.auth.ApiCategory;

/**
 * One WB request to make.
 *
 * @param category    rate-limit bucket and token scope
 * @param method      HTTP method
 * @param base        host
 * @param path        path, starting with {@code /}
 * @param query       query parameters in order; null values are left out
 * @param body        request body; null for none
 * @param contentType body content type; null for none
 * @param write       whether the call changes something at WB (never retried blindly)
 */
public record WbCall(ApiCategory category, String method, URI base, String path, Map<String, Object> query,
        HttpRequest.BodyPublisher body, String contentType, boolean write) {

    public WbCall {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (query != null) {
            query.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        query = java.util.Collections.unmodifiableMap(copy);
    }

    public static WbCall get(ApiCategory category, URI base, String path, Map<String, Object> query) {
        return new WbCall(category, "GET", base, path, query, null, null, false);
    }

    /** {@code GET /path} as shown in logs and exceptions. */
    public String endpoint() {
        return method + " " + path;
    }

    public URI uri() {
        String q = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(String.valueOf(e.getValue())))
                .collect(Collectors.joining("&"));
        return URI.create(base + path + (q.isEmpty() ? "" : "?" + q));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
