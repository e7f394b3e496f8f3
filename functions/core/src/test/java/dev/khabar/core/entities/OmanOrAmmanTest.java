package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «عمان» without its vowel marks: Amman when written with its shadda, after «العاصمة», as a dateline or in a story about
 * Jordan with no word of Oman's; Oman otherwise. Texts written here.
 */
class OmanOrAmmanTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "افتتحت شركة نارو مكتبها الإقليمي في عمّان الشهر الماضي.|Amman",
            "عقدت الشركة مؤتمرها السنوي في العاصمة الأردنية عمان.|Amman",
            "عمان - أعلنت شركة نارو عن توسعها في السوق المحلية.|Amman",
            "وقعت شركة نارو الأردنية اتفاقية مع بنك فالتا في عمان.|Amman",
            "وقعت شركة نارو الأردنية اتفاقية مع شركة عمانية في عمان.|Oman",
            "افتتحت شركة نارو مكتبا في سلطنة عمان.|Oman",
            "تتوسع شركة نارو في عمان والكويت وقطر.|Oman",
            "افتتحت شركة نارو الأردنية مكاتب في السعودية والإمارات وعمان.|Oman"})
    void thePlaceIsReadFromSpellingPhraseAndStory(String text, String place) {
        Extracted e = Extracted.of(text, "2025-03-10");
        assertTrue(e.entity(place).isPresent(), e.names());
        assertTrue(e.entity(place.equals("Amman") ? "Oman" : "Amman").isEmpty(), e.names());
    }
}
