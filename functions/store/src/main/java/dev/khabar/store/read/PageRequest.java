package dev.khabar.store.read;

/**
 * How much to read and where to continue.
 *
 * @param limit at most this many items (1..{@link #MAX_LIMIT})
 * @param after the position a previous page returned, or null for the first page
 */
public record PageRequest(int limit, Position after) {
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
