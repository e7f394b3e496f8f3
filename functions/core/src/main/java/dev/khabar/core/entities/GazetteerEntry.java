package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;

/** A well-known thing: Wikidata id (or null), type and canonical English name. */
public record GazetteerEntry(String wikidata, EntityType type, String name) {
}
