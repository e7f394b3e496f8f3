package dev.khabar.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One statement of the article; attributes it does not state are null and left out of the JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fact(String id, FactType type, String subject, String object, Amount amount, Integer count,
                   DateValue date, String role, String status, Evidence evidence, Double confidence) {
}
