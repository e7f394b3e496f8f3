package dev.khabar.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CliticsTest {
    @Test
    void readsConjunctionAndPrepositionOff() {
        assertTrue(Clitics.readings("وانثروبيك").contains("انثروبيك"));
        assertTrue(Clitics.readings("لميتا").contains("ميتا"));
        assertTrue(Clitics.readings("ومايكروسوفت").contains("مايكروسوفت"));
        assertTrue(Clitics.readings("فبنك").contains("بنك"));
        assertTrue(Clitics.readings("كشركه").contains("شركه"));
    }

    @Test
    void lamLamIsTheArticleAfterLam() {
        assertTrue(Clitics.readings("للبنك").contains("البنك"));
        assertEquals("بنك", Clitics.bare("للبنك"));
    }

    @Test
    void keepsTheSurfaceFirst() {
        assertEquals("وانغ", Clitics.readings("وانغ").get(0));
    }

    @Test
    void lexiconLookupSeesWordsThatStartWithWawOrFa() {
        assertTrue(Clitics.in(Set.of("فشلت"), "فشلت"));
        assertTrue(Clitics.in(Set.of("قال"), "وقال"));
    }

    @Test
    void aNounLosesItsPossessivePronounOnly() {
        assertEquals("موظفي", Clitics.withoutPossessive("موظفيها"));
        assertEquals("موظفي", Clitics.withoutPossessive("موظفيهما"));
        assertEquals("عاملي", Clitics.withoutPossessive("عامليه"));
        assertEquals("موظفين", Clitics.withoutPossessive("موظفين"));
    }
}
