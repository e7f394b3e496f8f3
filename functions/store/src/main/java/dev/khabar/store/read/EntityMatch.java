package dev.khabar.store.read;

/** An entity found under an alias: its cross-document key, canonical name and type. */
public record EntityMatch(String key, String name, String type) {
}
