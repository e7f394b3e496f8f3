package dev.khabar.store.read;

import java.util.List;

/** What the table knows about one entity across every document that names it. */
public record EntityProfile(String key, String name, String type, List<String> aliases,
                            int documentCount, int factCount) {
    public EntityProfile {
        aliases = List.copyOf(aliases);
    }
}
