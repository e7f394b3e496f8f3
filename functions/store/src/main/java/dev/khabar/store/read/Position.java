package dev.khabar.store.read;

import java.util.Map;
import java.util.TreeMap;

/**
 * Where a paged read stopped: the key attributes of the last item it returned (or evaluated). Callers hand it
 * back unchanged to continue; the readers check it belongs to the query it is offered to.
 */
public record Position(Map<String, String> key) {
    public Position {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a position needs key attributes");
        }
        key = Map.copyOf(new TreeMap<>(key));
    }
}
