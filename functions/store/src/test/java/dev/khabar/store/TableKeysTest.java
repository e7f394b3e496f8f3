package dev.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TableKeysTest {
    @Test
    void docIdIsDPlusSixteenHexOfTheBucketAndKey() {
        String id = TableKeys.docId("news", "2025/مقال جديد.txt");
        assertTrue(id.matches("d[0-9a-f]{16}"), id);
        assertEquals(id, TableKeys.docId("news", "2025/مقال جديد.txt"));
        assertNotEquals(id, TableKeys.docId("news", "2025/مقال جديد.txt "));
        assertNotEquals(TableKeys.docId("a", "b/c"), TableKeys.docId("a/b", "c2"));
    }

    @Test
    void docIdMatchesSha256OfBucketSlashKey() {
        // printf 'news/seeds/a b.txt' | sha256sum
        assertEquals("d618625f7f5c0e0c2", TableKeys.docId("news", "seeds/a b.txt"));
    }

    @Test
    void sortDateFallsBackFromFactDateToPublishedToZeros() {
        assertEquals("2025-06", TableKeys.sortDate("2025-06", "2025-08-30"));
        assertEquals("2025-08-30", TableKeys.sortDate(null, "2025-08-30"));
        assertEquals("2025-08-30", TableKeys.sortDate("last June", "2025-08-30"));
        assertEquals(TableKeys.NO_DATE, TableKeys.sortDate(null, null));
        assertEquals(TableKeys.NO_DATE, TableKeys.sortDate("25-06", "30/08/2025"));
    }

    @Test
    void dateBoundsIncludeEveryFactOfTheBoundaryPeriods() {
        String inside = TableKeys.factGroupSk("2025-12-31", "d0123456789abcdef");
        String yearOnly = TableKeys.factGroupSk("2025", "d0123456789abcdef");
        String before = TableKeys.factGroupSk("2024-12-31", "d0123456789abcdef");
        String after = TableKeys.factGroupSk("2026", "d0123456789abcdef");
        String from = TableKeys.factSkFrom("2025");
        String to = TableKeys.factSkTo("2025");
        assertTrue(from.compareTo(inside) <= 0 && inside.compareTo(to) <= 0);
        assertTrue(from.compareTo(yearOnly) <= 0 && yearOnly.compareTo(to) <= 0);
        assertTrue(yearOnly.compareTo(TableKeys.factSkFrom("2025-01")) < 0, "a year-only date sorts before its months");
        assertTrue(before.compareTo(from) < 0);
        assertTrue(after.compareTo(to) > 0);
        assertTrue(TableKeys.factSkFrom(null).compareTo(before) < 0);
        assertTrue(TableKeys.factSkTo(null).compareTo(after) > 0);
    }

    @Test
    void receivedAtIsFixedWidthSoStringOrderIsTimeOrder() {
        String whole = TableKeys.receivedAt(Instant.parse("2025-01-01T10:00:00Z"));
        String later = TableKeys.receivedAt(Instant.parse("2025-01-01T10:00:00.5Z"));
        assertEquals("2025-01-01T10:00:00.000Z", whole);
        assertEquals(whole.length(), later.length());
        assertTrue(whole.compareTo(later) < 0);
        assertTrue(TableKeys.documentGsi1Sk(Instant.parse("2025-01-01T10:00:00Z"), "dX").endsWith("#dX"));
    }
}
