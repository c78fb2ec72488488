package ru.agentiq.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import ru.agentiq.core.AgentIqException;
import ru.agentiq.core.interaction.ExtraData;

/** Reads and writes the JSON text columns ({@code extra_data}, event {@code details}). */
public final class JsonColumns {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    /** The mapper behind the JSON columns, for adapters with documents of their own shape. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(ExtraData data) {
        try {
            return MAPPER.writeValueAsString(data.asMap());
        } catch (JsonProcessingException e) {
            // ExtraData only holds JSON values, so this means a bug, not bad input
            throw new IllegalStateException("extra data could not be written as JSON", e);
        }
    }

    public static ExtraData read(String json, String column) {
        if (json == null || json.isEmpty()) {
            return ExtraData.EMPTY;
        }
        try {
            return ExtraData.of(MAPPER.readValue(json, MAP));
        } catch (JsonProcessingException e) {
            throw new AgentIqException("column " + column + " does not hold a JSON object: " + e.getOriginalMessage());
        }
    }
}
