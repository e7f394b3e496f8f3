package dev.khabar.extract;

import java.time.Duration;
import java.util.Map;

/**
 * The function's settings, from its environment.
 *
 * @param tableName      TABLE_NAME (required)
 * @param maxObjectBytes MAX_OBJECT_BYTES: larger objects end as FAILED without being read (default 5 MiB)
 * @param lease          LEASE_SECONDS: how long a run owns a document (default 300 s): above the function's timeout
 *                       (60 s), so a live run is never overtaken, and below the queue's visibility timeout (360 s),
 *                       so the redelivery of a crashed run's message finds the lease expired and takes over
 */
public record ExtractConfig(String tableName, long maxObjectBytes, Duration lease) {
    static final long DEFAULT_MAX_OBJECT_BYTES = 5L * 1024 * 1024;
    static final long DEFAULT_LEASE_SECONDS = 300;

    public ExtractConfig {
        if (tableName == null || tableName.isBlank()) {
            throw new IllegalArgumentException("TABLE_NAME is not set");
        }
        if (maxObjectBytes <= 0) {
            throw new IllegalArgumentException("MAX_OBJECT_BYTES must be positive, not " + maxObjectBytes);
        }
    }

    public static ExtractConfig fromEnv(Map<String, String> env) {
        return new ExtractConfig(env.get("TABLE_NAME"),
                number(env, "MAX_OBJECT_BYTES", DEFAULT_MAX_OBJECT_BYTES),
                Duration.ofSeconds(number(env, "LEASE_SECONDS", DEFAULT_LEASE_SECONDS)));
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value, e);
        }
    }
}
