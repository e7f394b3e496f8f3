package dev.khabar.store;

/** One side of a fact: the entity's cross-document key and its name. */
public record Party(String key, String name) {
}
