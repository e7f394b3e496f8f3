package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;

/** An unknown company's name written again with one more long vowel in a transliterated word is the same company. */
class ArabicVowelSpellingsTest {
    @Test
    void aLongerVowelInTheSecondWordIsTheSameCompany() {
        Extracted x = Extracted.of("وقعت شركة نوران اتفاقية مع شركة فاليرو تليكوم. وقالت شركة فاليرو تيليكوم إن الصفقة مهمة.",
                "2024-05-01");
        assertEquals(x.withAlias("فاليرو تليكوم").id(), x.withAlias("فاليرو تيليكوم").id(), x.names());
    }

    @Test
    void aShorterSpellingLaterIsTheSameCompany() {
        Extracted x = Extracted.of("أعلنت شركة ميكرونيكس القابضة نتائجها. وذكرت شركة ميكرونكس القابضة أن أرباحها ارتفعت.",
                "2024-05-01");
        assertEquals(x.withAlias("ميكرونيكس القابضة").id(), x.withAlias("ميكرونكس القابضة").id(), x.names());
    }

    @Test
    void aWordEndingOnAVowelNamesAnotherCompany() {
        Extracted x = Extracted.of("استحوذت شركة نوران على شركة الراشد للتجارة، كما تملك حصة في شركة الراشدي للتجارة.",
                "2024-05-01");
        assertTrue(!x.withAlias("الراشد للتجارة").id().equals(x.withAlias("الراشدي للتجارة").id()), x.names());
    }
}
