package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «أقال الوزير فلان المدير العام لشركة X علان»: after a verb's doer, a title with its employer and then a name is the
 * object, who holds that title; a title right after a name with nothing after its employer stays the name's.
 */
class ArabicTitledObjectsTest {
    @Test
    void theOneDismissedIsTheNameAfterTheTitle() {
        Extracted x = Extracted.of("أقال الأمير رياض المنصوري المدير العام لشركة الواحة للتأمين جميل الحسيني بعد ثماني سنوات في المنصب.",
                "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_END, "جميل الحسيني", "شركة الواحة للتأمين"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.EMPLOYMENT_END, "رياض المنصوري", "شركة الواحة للتأمين"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, "رياض المنصوري", "شركة الواحة للتأمين"), x.describeFacts());
    }

    @Test
    void aTitleAfterANameWithNoNameAfterItsEmployerIsTheNamesOwn() {
        Extracted x = Extracted.of("وقال رياض المنصوري المدير العام لشركة الواحة للتأمين إن الأرباح ارتفعت.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "رياض المنصوري", "شركة الواحة للتأمين"), x.describeFacts());
    }

    @Test
    void aCommaAfterTheEmployerSetsTheNextNameApart() {
        Extracted x = Extracted.of("بحضور رياض المنصوري المدير العام لشركة الواحة للتأمين، نادر الحسيني رئيس بنك السهل.",
                "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "رياض المنصوري", "شركة الواحة للتأمين"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, "نادر الحسيني", "شركة الواحة للتأمين"), x.describeFacts());
    }
}
