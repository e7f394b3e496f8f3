package dev.khabar.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One real-world thing named in a document.
 *
 * @param id   local id referenced by facts (e1, e2, …)
 * @param key  extra field beyond the contract: identity across documents, the same for ميتا and Meta
 *             (a Wikidata id where the gazetteer knows one, else type and normalized canonical name)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, String key, String name, EntityType type, List<String> aliases, int mentions) {
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
