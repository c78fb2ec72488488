package ru.agentiq.wb.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import ru.agentiq.core.internal.Checks;
import ru.agentiq.wb.WbMalformedResponseException;
import ru.agentiq.wb.WbValidationException;
import ru.agentiq.wb.auth.WbToken;

/** One seller's connection: the transport, the account key of its rate budget, and its token. */
public final class WbSession {

    private final WbHttp http;
    private final String account;
    private final WbToken token;

    public WbSession(WbHttp http, String account, WbToken token) {
        this.http = Checks.required(http, "http");
        this.account = Checks.requiredText(account, "account", 200);
        this.token = Checks.required(token, "token");
    }

    public WbHttp http() {
        return http;
    }

    public WbToken token() {
        return token;
    }

    public WbResponse execute(WbCall call) {
        return http.execute(account, token, call);
    }

    /** The {@code data} of a Feedbacks/Questions envelope, read as {@code type}. */
    public <T> T fqData(WbCall call, JavaType type) {
        return fqData(execute(call), type);
    }

    /** The Feedbacks/Questions envelope, bound in one pass (no intermediate tree). */
    record FqEnvelope<T>(T data, Boolean error, String errorText, List<String> additionalErrors, String requestId) {
    }

    /** Reads a Feedbacks/Questions envelope {@code {data, error, errorText, additionalErrors}}. */
    public static <T> T fqData(WbResponse response, JavaType type) {
        JavaType envelopeType = WbJson.mapper().getTypeFactory().constructParametricType(FqEnvelope.class, type);
        FqEnvelope<T> envelope;
        try {
            envelope = WbJson.mapper().readValue(response.body(), envelopeType);
        } catch (JsonProcessingException e) {
            String what = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException ? "JSON of the "
                    + "documented shape" : "valid JSON";
            throw malformed(response, what, e);
        } catch (IOException e) {
            throw malformed(response, "valid JSON", e);
        }
        if (envelope == null) {
            throw malformed(response, "a JSON object", null);
        }
        if (Boolean.TRUE.equals(envelope.error())) {
            String text = envelope.errorText() == null || envelope.errorText().isBlank() ? null : envelope.errorText();
            List<String> more = envelope.additionalErrors() == null ? List.of() : envelope.additionalErrors();
            String message = text == null ? String.join("; ", more) : text;
            throw new WbValidationException("WB rejected " + response.endpoint() + ": " + message, message,
                    response.status(), response.endpoint(), envelope.requestId());
        }
        return envelope.data();
    }

    /** The body as a JSON tree. */
    public static JsonNode tree(WbResponse response) {
        try {
            JsonNode node = WbJson.mapper().readTree(response.body());
            if (node == null || node.isMissingNode()) {
                throw malformed(response, "a JSON body", null);
            }
            return node;
        } catch (JsonProcessingException e) {
            throw malformed(response, "valid JSON", e);
        } catch (IOException e) {
            throw malformed(response, "valid JSON", e);
        }
    }

    /** Reads the whole body as {@code type}. */
    public static <T> T read(WbResponse response, JavaType type) {
        try {
            T value = WbJson.mapper().readValue(response.body(), type);
            if (value == null) {
                throw malformed(response, "a JSON body", null);
            }
            return value;
        } catch (IOException e) {
            throw malformed(response, "JSON of the documented shape", e);
        }
    }

    public static WbMalformedResponseException malformed(WbResponse response, String expected, Throwable cause) {
        String requestId = response.headerRequestId();
        String preview = new String(response.body(), 0, Math.min(response.body().length, 80),
                java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return new WbMalformedResponseException("WB " + response.endpoint() + " answered " + response.status()
                + " with a body that is not " + expected + " (starts with \"" + preview + "\")"
                + (requestId == null ? "" : " (request id " + requestId + ")"), response.status(),
                response.endpoint(), requestId, cause);
    }
}
