package dev.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.Normalizer;
import java.util.ArrayList;
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

    /** Text said to need no NFKD gives, once its marks are dropped, what NFKD would: every char and pair of chars. */
    @Test
    void textSkippingTheNormalizerIsTextItWouldNotChange() {
        List<String> kept = new ArrayList<>();
        for (char c = 0; c < 0x0700; c++) {
            String s = String.valueOf(c);
            if (!AliasKeys.decomposable(s)) {
                assertEquals(s, Normalizer.normalize(s, Normalizer.Form.NFKD), "U+" + Integer.toHexString(c));
                kept.add(s);
            }
        }
        assertTrue(kept.size() > 300, "ASCII and the Arabic block: " + kept.size());
        for (String a : kept) {
            for (String b : kept) {
                String pair = a + b;
                assertEquals(withoutMarks(Normalizer.normalize(pair, Normalizer.Form.NFKD)), withoutMarks(pair), pair);
            }
        }
        assertTrue(AliasKeys.decomposable("Nestlé"));
        assertTrue(AliasKeys.decomposable("شركة ئيل"));
        assertFalse(AliasKeys.decomposable("Meta ميتا"));
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
