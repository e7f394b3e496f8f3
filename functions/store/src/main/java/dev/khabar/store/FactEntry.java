package dev.khabar.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactsJson;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One fact of a fact group ({@link ItemAttributes#FACT_LIST}): the contract's fact (local entity ids, as in the
 * document's facts), both parties across documents, and in an entity group the side that entity is on. A group is
 * stored as a gzip JSON array of these: one write of a few hundred bytes per group instead of a write per fact.
 *
 * @param side    which party the group's entity is; null in a type group
 * @param subject null for a fact without subject; likewise {@code object}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactEntry(FactSide side, Party subject, Party object, Fact fact) {
    private static final TypeReference<List<FactEntry>> LIST = new TypeReference<>() {
    };

    public static AttributeValue encode(List<FactEntry> entries) {
        try {
            return CompressedText.of(FactsJson.mapper().writeValueAsString(entries));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fact group cannot be written as JSON", e);
        }
    }

    /** The entries of a stored group; empty when the attribute is absent (an entity named without facts). */
    public static List<FactEntry> decode(AttributeValue stored) {
        String json = CompressedText.read(stored);
        if (json == null) {
            return List.of();
        }
        try {
            return FactsJson.mapper().readValue(json, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a fact group holds no readable facts", e);
        }
    }
}
