package dev.khabar.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

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

    /**
     * The key of an entity the gazetteer has no Wikidata id for: type and folded name, words joined by dashes. The
     * store rebuilds it from a search term to find such an entity without an alias item, so its form lives here only.
     */
    public static String derivedKey(EntityType type, String foldedName) {
        String prefix = type == null ? "entity" : type.name().toLowerCase(Locale.ROOT);
        return prefix + ":" + foldedName.replace(' ', '-');
    }
}
