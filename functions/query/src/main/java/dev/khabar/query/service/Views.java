package dev.khabar.query.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.Evidence;
import java.util.List;

/** The JSON shapes of the API's answers (infra/openapi.yaml, components/schemas). Absent values are left out. */
public final class Views {
    private Views() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PageView<T>(List<T> items, String next) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentView(String id, String bucket, String key, String status, String reason, String receivedAt,
                               String title, String language, String publishedDate, Integer entityCount,
                               Integer factCount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityMatchView(String id, String name, String type) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EntityView(String id, String name, String type, List<String> aliases, int documentCount,
                             int factCount) {
    }

    /** An entity across documents: {@code id} is its cross-document key (the path value of /entities/{id}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PartyView(String id, String name) {
    }

    /**
     * One fact with where it comes from. {@code id} is the fact's id within its document; {@code sortDate} is the
     * date it is ordered and filtered by (its own date, else the document's published date, else 0000);
     * {@code side} and {@code other} are set when the facts of one entity are asked for.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactView(String id, String documentId, String type, String sortDate, PartyView subject,
                           PartyView object, String side, PartyView other, Amount amount, Integer count,
                           DateValue date, String role, String status, Evidence evidence, Double confidence) {
    }
}
