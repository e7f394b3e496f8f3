package dev.khabar.documents;

import dev.khabar.documents.dates.PublishedDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PublishedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-02-12|2025-02-12",
            "2025-02-12T02:30:00+04:00|2025-02-12",
            "2025-02-11T23:59:59.123Z|2025-02-11",
            "2025-02-12 08:00:00|2025-02-12",
            "2025/2/3|2025-02-03",
            "20250212|2025-02-12",
            "D:20250212093000+03'00'|2025-02-12",
            "'Wed, 12 Feb 2025 08:00:00 GMT'|2025-02-12",
            "12 February 2025|2025-02-12",
            "'February 12, 2025'|2025-02-12",
            "12 feb 2025|2025-02-12"})
    void readsThePublishersForms(String value, LocalDate expected) {
        assertEquals(expected, PublishedDates.parse(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2025-13-40", "12/02/2025", "2025"})
    void anythingElseIsNull(String value) {
        assertNull(PublishedDates.parse(value));
    }
}
