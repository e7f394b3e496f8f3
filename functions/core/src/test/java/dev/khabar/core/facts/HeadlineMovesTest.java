package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Headlines of moves: title case, which capitalizes the verb ("Acme Appoints Jane Roe As CEO"), the passive without
 * its auxiliary ("Jane Roe named CEO of Acme"), "to retire", a title after its company ("resigns as Acme chairman"), no
 * full stop after the title. Texts written here.
 */
class HeadlineMovesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Mining Appoints Sofia Lindqvist As Chief Executive Officer|EMPLOYMENT_START|CEO",
            "Sofia Lindqvist Joins Kestrel Mining As Chief Financial Officer|EMPLOYMENT_START|CFO",
            "Kestrel Mining Hires Sofia Lindqvist As CFO|EMPLOYMENT_START|CFO",
            "Kestrel Mining CEO Sofia Lindqvist Steps Down|EMPLOYMENT_END|CEO",
            "Kestrel Mining names Sofia Lindqvist CEO|EMPLOYMENT_START|CEO",
            "Sofia Lindqvist named CEO of Kestrel Mining|EMPLOYMENT_START|CEO",
            "Sofia Lindqvist appointed to the board of Kestrel Mining|EMPLOYMENT_START|board member",
            "Sofia Lindqvist To Step Down As Kestrel Mining CEO|EMPLOYMENT_END|CEO",
            "Sofia Lindqvist resigns as Kestrel Mining chairman|EMPLOYMENT_END|chairman"})
    void theHeadlineTellsTheMove(String text, FactType type, String role) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.PERSON, e.requireEntity("Sofia Lindqvist").type());
        assertEquals(role, e.requireFact(type, "Sofia Lindqvist", "Kestrel Mining").role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Mining's Sofia Lindqvist to retire|true",
            "Sofia Lindqvist hired Omar Haddad as CFO of Kestrel Mining|false",
            "Sofia Lindqvist named her dog after Kestrel Mining|false"})
    void thePersonBeforeTheVerbMovesOnlyInThePassive(String text, boolean moves) {
        Extracted e = Extracted.of(text, "2024-05-10");
        boolean moved = e.fact(FactType.EMPLOYMENT_START, "Sofia Lindqvist", "Kestrel Mining").isPresent()
                || e.fact(FactType.EMPLOYMENT_END, "Sofia Lindqvist", "Kestrel Mining").isPresent();
        assertEquals(moves, moved, e.describeFacts());
        assertTrue(e.fact(FactType.ROLE, "Sofia Lindqvist", "Kestrel Mining").isEmpty() || !moves, e.describeFacts());
    }
}
