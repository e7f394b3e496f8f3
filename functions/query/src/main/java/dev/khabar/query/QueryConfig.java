package dev.khabar.query;

import dev.khabar.query.api.Cursors;
import java.nio.charset.StandardCharsets;

/**
 * The function's settings, from its environment.
 *
 * @param table     TABLE_NAME: the Khabar table
 * @param cursorKey CURSOR_KEY: secret that signs pagination cursors, at least 32 bytes (the template generates
 *                  one in Secrets Manager); every instance of the function must share it, or a cursor signed by one
 *                  is refused by another
 */
record QueryConfig(String table, byte[] cursorKey) {
    static QueryConfig fromEnvironment() {
        String table = System.getenv("TABLE_NAME");
        String key = System.getenv("CURSOR_KEY");
        if (table == null || table.isBlank()) {
            throw new IllegalStateException("TABLE_NAME is not set: the query function needs the name of the table");
        }
        if (key == null || key.getBytes(StandardCharsets.UTF_8).length < Cursors.MIN_KEY_BYTES) {
            throw new IllegalStateException("CURSOR_KEY is not set or shorter than " + Cursors.MIN_KEY_BYTES
                    + " bytes: the query function needs a secret to sign pagination cursors");
        }
        return new QueryConfig(table, key.getBytes(StandardCharsets.UTF_8));
    }
}
