package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Takeovers told as nouns: «شراء X لشركة Y» (X's buying of Y: the doer first, the object under «لـ») and «ضم X إلى
 * مجموعة Y» (X folded into Y: Y takes X over).
 */
class ArabicNominalTakeoversTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void buyingNounWithItsDoerThenItsObjectUnderLam() {
        Extracted e = x("وكانت أكبر الصفقات شراء أمازون لشركة سوق مقابل 580 مليون دولار.");
        e.requireFact(FactType.ACQUISITION, "Amazon", "سوق");
        assertTrue(e.fact(FactType.ACQUISITION, "سوق", "Amazon").isEmpty(), e.describeFacts());
    }

    @Test
    void buyingNounWithQuotedNames() {
        x("وكانت أكبر الصفقات شراء جوجل لشركة \"Fitbit\" في 2019.").requireFact(FactType.ACQUISITION, "Google", "Fitbit");
    }

    @Test
    void buyingNounWithTheBarePreposition() {
        x("وجاء ذلك بعد شراء مايكروسوفت لـ \"لينكد إن\" في 2016.").requireFact(FactType.ACQUISITION, "Microsoft", "LinkedIn");
    }

    @Test
    void buyingNounWithoutASecondNameKeepsItsObjectFirst() {
        Extracted e = x("وأعلنت مايكروسوفت شراء شركة نوكيا مقابل 7 مليارات دولار.");
        e.requireFact(FactType.ACQUISITION, "Microsoft", "Nokia");
    }

    @Test
    void companyFoldedIntoAGroup() {
        x("وأعلنت الحكومة ضم شركة نخيل إلى مجموعة دبي القابضة.").requireFact(FactType.ACQUISITION, "Dubai Holding", "نخيل");
    }

    @Test
    void companiesFoldedUnderAGroupsUmbrella() {
        Extracted e = x("وقرر الحاكم بضم كل من \"نخيل\" و\"ميدان\" تحت مظلة مجموعة \"دبي القابضة\".");
        e.requireFact(FactType.ACQUISITION, "Dubai Holding", "نخيل");
        e.requireFact(FactType.ACQUISITION, "Dubai Holding", "ميدان");
    }

    @Test
    void aGroupThatIncludesCompaniesTakesNoneOver() {
        Extracted e = x("وتضم المجموعة كل من \"آبل\" و\"ديل\" إلى جانب شركات أخرى.");
        assertTrue(e.document().facts().isEmpty(), e.describeFacts());
    }
}
