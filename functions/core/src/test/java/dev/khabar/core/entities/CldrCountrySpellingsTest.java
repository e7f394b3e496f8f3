package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CLDR writes some countries as a list does ("Myanmar (Burma)", "St. Lucia"); news writes them plainly. */
class CldrCountrySpellingsTest {
    @Test
    void theListStylesGiveThePlainNameFirst() {
        assertEquals(List.of("Myanmar", "Burma", "Myanmar (Burma)"), GazetteerSources.spellings("Myanmar (Burma)"));
        assertEquals(List.of("Macao", "Macao SAR China"), GazetteerSources.spellings("Macao SAR China"));
        assertEquals(List.of("St. Kitts & Nevis", "St. Kitts and Nevis", "Saint Kitts & Nevis"),
                GazetteerSources.spellings("St. Kitts & Nevis"));
        assertEquals(List.of("Peru"), GazetteerSources.spellings("Peru"));
    }

    @Test
    void arabicBracketsQualifyAndNameNothing() {
        Extracted x = Extracted.of("ستصبح الجزيرة منطقة إدارية خاصة بموجب القانون الجديد.", "2025-01-01");
        assertTrue(x.spelled("منطقة إدارية خاصة").isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The lender has branches in Laos, Myanmar and Cambodia.|Myanmar|Myanmar",
            "The carrier flies to Port of Spain in Trinidad and Tobago twice a week.|Trinidad and Tobago|Trinidad & Tobago",
            "The fund opened an office in Burma last year.|Burma|Myanmar"})
    void newsSpellingsAreTheCountry(String text, String written, String country) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.withAlias(written).type(), x.names());
        assertEquals(country, x.withAlias(written).name(), x.names());
    }
}
