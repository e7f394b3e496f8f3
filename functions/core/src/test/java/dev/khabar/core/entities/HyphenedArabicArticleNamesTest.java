package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Arabic family names written in English with their article hyphened ("Yusuf al-Tamimi", "Karim Al-Hadi") are one
 * person's name: the small article does not cut the name in two, and the family name counts as its second word.
 * Texts written here.
 */
class HyphenedArabicArticleNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-03-12");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The fund will be chaired by Yusuf al-Tamimi, a director since 2009.|Yusuf al-Tamimi",
            "Deputies include the head of Corvane Bank in Paris, Rashid el-Qasimi.|Rashid el-Qasimi",
            "Talvora Energy named Karim Al-Hadi its treasurer last week.|Karim Al-Hadi",
            "Among the auditors is the partner of Venmar Audit in Rome, Zaydoun al-Qasimi.|Zaydoun al-Qasimi"})
    void theWholeNameIsAPerson(String text, String person) {
        Extracted e = x(text);
        assertEquals(EntityType.PERSON, e.requireEntity(person).type(), e.names());
        assertTrue(e.entity("Tamimi").isEmpty() && e.entity("Qasimi").isEmpty() && e.entity("Yusuf").isEmpty(), e.names());
    }

    @Test
    void theNamedPersonTakesTheJob() {
        Extracted e = x("Talvora Energy named Omar al-Sharif chief financial officer in January.");
        assertEquals("CFO", e.requireFact(FactType.EMPLOYMENT_START, "Omar al-Sharif", "Talvora Energy").role(), e.describeFacts());
    }

    @Test
    void aCapitalizedArticleAfterAnUnknownWordMakesNoPerson() {
        Extracted e = x("Dar Al-Kindi won the design contract for the new terminal.");
        assertTrue(e.entity("Dar Al-Kindi").map(n -> n.type() != EntityType.PERSON).orElse(true), e.names());
    }

    @Test
    void aCompanyEndingStillMakesACompany() {
        Extracted e = x("Dar Al-Kindi Consultants won the design contract for the new terminal.");
        assertEquals(EntityType.ORGANIZATION, e.requireEntity("Dar Al-Kindi Consultants").type(), e.names());
    }

    @Test
    void aFirmOrPlaceOpenedByAConstructNounIsNoPerson() {
        Extracted x = Extracted.of("Velmora hired Dar al-Tasmeem to design the new terminal.", "2025-03-03");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Dar al-Tasmeem").type(), x.names());
    }
}
