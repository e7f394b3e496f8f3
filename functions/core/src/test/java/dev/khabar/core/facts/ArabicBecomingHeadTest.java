package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «فلان رئيس بنك X ليصبح رئيسا لبنك Y»: "so as to become" the head of another body is a move into that post, told only
 * with the post; and a relative clause closed by a comma before the verb holds none of the names after it.
 */
class ArabicBecomingHeadTest {
    @Test
    void becomingTheHeadOfAnotherBodyIsAStartThere() {
        Extracted x = Extracted.of("وأعلن المصرف المركزي نقل نبيل الشامي رئيس بنك الوادي ليصبح رئيسا لبنك النخيل.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, "نبيل الشامي", "بنك النخيل"), x.describeFacts());
        // the post held until now is left for the new one, and told as held
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_END, "نبيل الشامي", "بنك الوادي"), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ROLE, "نبيل الشامي", "بنك الوادي"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.EMPLOYMENT_END, "نبيل الشامي", "بنك النخيل"), x.describeFacts());
    }

    @Test
    void becomingAnotherHeadOfTheSameBodyLeavesNothing() {
        Extracted x = Extracted.of("وقرر المجلس ترقية نبيل الشامي نائب رئيس بنك الوادي ليصبح رئيسا لبنك الوادي.", "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_END), x.describeFacts());
    }

    @Test
    void becomingTheHeadOfNoNamedBodyTakesNoPostAtTheOneHeld() {
        Extracted x = Extracted.of("اختير نبيل الشامي رئيس بنك الوادي ليصبح رئيسا للجنة الاستشارية.", "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }

    @Test
    void becomingSomethingElseIsNoMove() {
        Extracted x = Extracted.of("وقال نبيل الشامي إن شركة الريان للتجارة توسعت في المنطقة لتصبح الأكبر في السوق.", "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_START), x.describeFacts());
    }

    @Test
    void aRelativeClauseClosedBeforeTheVerbHoldsNoneOfTheNamesAfterIt() {
        Extracted x = Extracted.of("ومع قرب تغيير إدارات المصارف التي انتهت ولايات رؤسائها، وأبرزها بنك الوادي وبنك النخيل، "
                + "أعلن المصرف المركزي أمس تبادل المنصبين بين نبيل الشامي رئيس بنك الوادي ليصبح رئيسا لبنك النخيل، "
                + "وكريم الحداد رئيس بنك النخيل ليصبح رئيسا لبنك الوادي.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, "نبيل الشامي", "بنك النخيل"), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_START, "كريم الحداد", "بنك الوادي"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.EMPLOYMENT_START, "كريم الحداد", "بنك النخيل"), x.describeFacts());
    }
}
