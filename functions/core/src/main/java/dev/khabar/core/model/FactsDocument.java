package dev.khabar.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One article's facts: the JSON contract of shared/contract/facts-v1.md. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactsDocument(int schemaVersion, DocumentInfo document, List<Entity> entities, List<Fact> facts) {
    public static final int SCHEMA_VERSION = 1;

    public FactsDocument {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }
}
