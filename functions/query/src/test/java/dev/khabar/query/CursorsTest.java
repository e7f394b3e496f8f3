package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.khabar.query.api.Cursors;
import dev.khabar.query.http.Problem;
import dev.khabar.store.read.Position;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CursorsTest {
    private static final Cursors CURSORS = new Cursors("a key of thirty-two bytes or more!!".getBytes(StandardCharsets.UTF_8));
    private static final Position POSITION = new Position(Map.of("PK", "ENT#Q380", "SK", "FACT#2025-06#d1#f1"));

    @Test
    void aCursorOpensToItsPositionForTheSameBinding() {
        String cursor = CURSORS.sign(POSITION, "route\nid\nq");
        assertEquals(POSITION, CURSORS.open(cursor, "route\nid\nq"));
    }

    @Test
    void anotherBindingOrKeyRefusesIt() {
        String cursor = CURSORS.sign(POSITION, "route\nid\nq");
        assertEquals(400, assertThrows(Problem.class, () -> CURSORS.open(cursor, "route\nother\nq")).status());
        Cursors other = new Cursors("another key of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, assertThrows(Problem.class, () -> other.open(cursor, "route\nid\nq")).status());
    }

    @Test
    void aForgedPositionIsRefused() {
        String cursor = CURSORS.sign(POSITION, "b");
        String signature = cursor.substring(cursor.indexOf('.') + 1);
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"PK\":\"DOC#x\",\"SK\":\"META\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(Problem.class, () -> CURSORS.open(forged + "." + signature, "b"));
    }

    @Test
    void garbageIsRefusedNotThrownAsSomethingElse() {
        for (String garbage : new String[] {"", ".", "..", "a.b", "!!!.???", "x".repeat(5000), "e30.", ".e30"}) {
            assertEquals(400, assertThrows(Problem.class, () -> CURSORS.open(garbage, "b")).status(), garbage);
        }
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Cursors(new byte[16]));
        assertNotEquals(CURSORS.sign(POSITION, "a"), CURSORS.sign(POSITION, "b"));
    }
}
