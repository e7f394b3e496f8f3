package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import java.util.Objects;

/**
 * A well-known thing: Wikidata id (or null), type and canonical English name.
 * <p>
 * {@code equals} and {@code hashCode} are written out, with the values the generated ones give: the generated ones
 * bootstrap {@code java.lang.runtime.ObjectMethods} on their first call, which a cold start pays (the gazetteer hashes
 * entries while it loads).
 */
public record GazetteerEntry(String wikidata, EntityType type, String name) {
    @Override
    public boolean equals(Object o) {
        return o instanceof GazetteerEntry e && Objects.equals(wikidata, e.wikidata) && type == e.type
                && Objects.equals(name, e.name);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(wikidata) + Objects.hashCode(type)) * 31 + Objects.hashCode(name);
    }
}
