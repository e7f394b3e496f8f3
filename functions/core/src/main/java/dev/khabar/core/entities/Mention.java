package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;

/**
 * One place a name occurs: tokens [startToken, endToken), chars [start, end), the clitic-free surface, its type, the
 * gazetteer entry when known, and for unknown names the canonical spelling to use (Latin where one can be made).
 */
public record Mention(int startToken, int endToken, int start, int end, String surface, EntityType type,
                      GazetteerEntry entry, String name) {
    public Mention withType(EntityType t) {
        return new Mention(startToken, endToken, start, end, surface, t, entry, name);
    }
}
