package dev.khabar.core.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one Jackson configuration for facts documents, so the CLI, the table and the API print the same JSON. */
public final class FactsJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private FactsJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(FactsDocument document) {
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("facts document cannot be written as JSON", e);
        }
    }

    public static FactsDocument read(String json) {
        try {
            return MAPPER.readValue(json, FactsDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a facts document: " + e.getOriginalMessage(), e);
        }
    }
}
