package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import java.util.Objects;

/**
 * One place a name occurs: tokens [startToken, endToken), chars [start, end), the clitic-free surface, its type, the
 * gazetteer entry when known, for unknown names the canonical spelling to use (Latin where one can be made), and
 * {@code aliasOf}: the surface of the name this one abbreviates (CSCO → Cisco Systems), or null.
 * <p>
 * {@code equals} and {@code hashCode} are written out, with the values the generated ones give: the generated ones
 * bootstrap {@code java.lang.runtime.ObjectMethods} on their first call, which a cold start pays.
 */
public record Mention(int startToken, int endToken, int start, int end, String surface, EntityType type,
                      GazetteerEntry entry, String name, String aliasOf) {
    public Mention withType(EntityType t) {
        return new Mention(startToken, endToken, start, end, surface, t, entry, name, aliasOf);
    }

    /** This mention as another spelling of {@code full}: same entity, same type. */
    Mention aliasFor(Mention full) {
        return new Mention(startToken, endToken, start, end, surface, full.type(), full.entry(), full.name(),
                full.aliasOf() != null ? full.aliasOf() : full.surface());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mention m && startToken == m.startToken && endToken == m.endToken && start == m.start
                && end == m.end && Objects.equals(surface, m.surface) && type == m.type && Objects.equals(entry, m.entry)
                && Objects.equals(name, m.name) && Objects.equals(aliasOf, m.aliasOf);
    }

    @Override
    public int hashCode() {
        int h = ((startToken * 31 + endToken) * 31 + start) * 31 + end;
        h = 31 * h + Objects.hashCode(surface);
        h = 31 * h + Objects.hashCode(type);
        h = 31 * h + Objects.hashCode(entry);
        h = 31 * h + Objects.hashCode(name);
        return 31 * h + Objects.hashCode(aliasOf);
    }
}
