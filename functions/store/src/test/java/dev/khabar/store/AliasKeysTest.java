package dev.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.text.Normalizer;
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

    /**
     * Without its marks, what decompose gives is what NFKD gives: every char up to U+06FF, and every pair of Latin-1
     * and Arabic chars (a pair with any other char goes through the normalizer whole).
     */
    @Test
    void decomposingWithoutTheNormalizerGivesWhatItWould() {
        for (char a = 0; a < 0x0700; a++) {
            String single = String.valueOf(a);
            assertEquals(withoutMarks(Normalizer.normalize(single, Normalizer.Form.NFKD)),
                    withoutMarks(AliasKeys.decompose(single)), "U+" + Integer.toHexString(a));
            if (a >= 0x100 && a < 0x600) {
                continue;
            }
            for (char b = 0; b < 0x0700; b = b == 0xFF ? 0x600 : (char) (b + 1)) {
                String pair = single + b;
                assertEquals(withoutMarks(Normalizer.normalize(pair, Normalizer.Form.NFKD)),
                        withoutMarks(AliasKeys.decompose(pair)), pair);
            }
        }
        assertEquals("مختبر الذكاء الفايق", AliasKeys.decompose("مختبر الذكاء الفائق"));
        assertEquals("Meta", AliasKeys.decompose("Meta"));
    }

    private static String withoutMarks(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK
                && Character.getType(c) != Character.ENCLOSING_MARK
                && Character.getType(c) != Character.COMBINING_SPACING_MARK
                && Character.getType(c) != Character.FORMAT).forEach(out::appendCodePoint);
        return out.toString();
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
