package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;

/**
 * One place a name occurs: tokens [startToken, endToken), chars [start, end), the clitic-free surface, its type, the
 * gazetteer entry when known, for unknown names the canonical spelling to use (Latin where one can be made), and
 * {@code aliasOf}: the surface of the name this one abbreviates (CSCO → Cisco Systems), or null.
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
}
