package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Names with a hyphen inside: a given name's lower-case second syllable ("Park Min-jun") and a compass word glued to a
 * region ("North-East England"); compound adjectives ("Seoul-based") stay outside names. Texts written here.
 */
class HyphenatedNamePartsTest {
    @Test
    void aLowerCaseSecondSyllableStaysInTheName() {
        Extracted x = Extracted.of("But Halvorsen Motors, under vice chairman Park Min-jun, didn’t change course.", "2020-01-10");
        x.requireFact(FactType.ROLE, "Park Min-jun", "Halvorsen Motors");
        Extracted y = Extracted.of("Dalvik Holdings said its chairman, Choi Hyun-woong, would step down.", "2020-01-10");
        assertEquals(EntityType.PERSON, y.requireEntity("Choi Hyun-woong").type(), y.names());
    }

    @Test
    void aKoreanNameInArabicTextIsAPersonWithoutAnEnglishTitle() {
        Extracted x = Extracted.of("وقال نائب رئيس مجلس الإدارة Jang Soo-bin إن مصنع الشركة سيفتح العام المقبل.", "2020-01-10");
        assertEquals(EntityType.PERSON, x.requireEntity("Jang Soo-bin").type(), x.names());
    }

    @Test
    void compoundAdjectivesStayOutsideNames() {
        Extracted x = Extracted.of("The Seoul-based firm and its Hong Kong-listed rival Varna Trading grew.", "2020-01-10");
        assertFalse(x.entity("Hong Kong-listed").isPresent(), x.names());
        x.requireEntity("Hong Kong");
    }

    @Test
    void aCompassWordGluedToARegion() {
        Extracted x = Extracted.of("Kessel Capital opened offices in Japan and South-East Asia last year.", "2020-01-10");
        assertEquals(EntityType.LOCATION, x.requireEntity("South-East Asia").type(), x.names());
        assertFalse(x.entity("South-").isPresent(), x.names());
        Extracted y = Extracted.of("The North-East England plant of Harlow Foods closed.", "2020-01-10");
        assertEquals(EntityType.LOCATION, y.requireEntity("North-East England").type(), y.names());
    }
}
