package dev.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AliasKeysTest {
    @Test
    void spellingsOfOneNameMeet() {
        String key = AliasKeys.normalize("ميتا");
        assertEquals(key, AliasKeys.normalize("مِيتَا"));
        assertEquals(key, AliasKeys.normalize("ميـــتا"));
        assertEquals(key, AliasKeys.normalize("  ميتا. "));
        assertEquals(AliasKeys.normalize("Meta"), AliasKeys.normalize("META"));
        assertEquals(AliasKeys.normalize("إيلون ماسك"), AliasKeys.normalize("ايلون ماسك"));
        assertEquals(AliasKeys.normalize("آبل"), AliasKeys.normalize("ابل"));
        assertEquals(AliasKeys.normalize("مصطفى"), AliasKeys.normalize("مصطفي"));
        assertEquals(AliasKeys.normalize("شركة"), AliasKeys.normalize("شركه"));
        assertEquals("nestle", AliasKeys.normalize("Nestlé"));
        assertEquals("scale ai", AliasKeys.normalize("Scale-AI"));
        assertEquals("2025", AliasKeys.normalize("٢٠٢٥"));
    }

    @Test
    void differentNamesStayApart() {
        assertTrue(!AliasKeys.normalize("ميتا").equals(AliasKeys.normalize("ميثا")));
        assertEquals("", AliasKeys.normalize(" ... "));
        assertEquals("", AliasKeys.normalize(null));
    }

    @Test
    void lookupVariantsStripArabicProcliticsFromTheFirstWord() {
        List<String> variants = AliasKeys.lookupVariants("وبميتا");
        assertEquals(AliasKeys.normalize("وبميتا"), variants.get(0));
        assertTrue(variants.contains("ميتا"), variants.toString());
        assertTrue(AliasKeys.lookupVariants("للشركة").contains(AliasKeys.normalize("الشركة")));
        assertTrue(AliasKeys.lookupVariants("بالإمارات").contains(AliasKeys.normalize("الإمارات")));
        assertEquals(List.of("meta"), AliasKeys.lookupVariants("Meta"));
        assertEquals(List.of(), AliasKeys.lookupVariants("؟"));
    }

    @Test
    void variantsNeverLeaveLessThanTwoLetters() {
        for (String variant : AliasKeys.lookupVariants("وبل")) {
            assertTrue(variant.length() >= 2, variant);
        }
    }

    @Test
    void longNamesAreCutToAKeyDynamoDbAccepts() {
        assertTrue(AliasKeys.normalize("a ".repeat(500)).length() <= AliasKeys.MAX_LENGTH);
    }
}
