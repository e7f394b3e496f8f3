package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «تم اختيار A لمنصب المدير التنفيذي للشركة، وB كرئيس للمجموعة», «عينت X A كرئيس تنفيذي، وB كمدير مالي»: after the
 * first one hired and a post named after «لمنصب» or «كـ» (and the company it is held at), another name joined by «و» is
 * hired too, into the post named after it. Texts written here.
 */
class ArabicCoordinatedHiresAfterPostsTest {
    @Test
    void theSecondOneChosenTakesThePostAfterKa() {
        Extracted x = Extracted.of("وأعلنت شركة زيلماكس أن رئيس مجلس إدارتها نبيل منصور سيغادر منصبه. وقد تم اختيار سامي "
                + "الخطيب لمنصب المدير التنفيذي للشركة، ورامي حداد كرئيس للمجموعة.", "2025-01-01");
        assertEquals("CEO", x.requireFactByAlias(FactType.EMPLOYMENT_START, "سامي الخطيب", "زيلماكس").role(), x.describeFacts());
        assertEquals("president", x.requireFactByAlias(FactType.EMPLOYMENT_START, "رامي حداد", "زيلماكس").role(),
                x.describeFacts());
    }

    @Test
    void eachHiredAfterKaTakesItsOwnPost() {
        Extracted x = Extracted.of("عينت شركة زيلماكس سامي الخطيب كرئيس تنفيذي، ورامي حداد كمدير مالي.", "2025-01-01");
        assertEquals("CFO", x.requireFactByAlias(FactType.EMPLOYMENT_START, "رامي حداد", "زيلماكس").role(), x.describeFacts());
    }

    @Test
    void aNameAfterThePostThatIsNoHireStaysOut() {
        Extracted x = Extracted.of("عينت شركة زيلماكس سامي الخطيب كرئيس تنفيذي، وقال رامي حداد إن القرار صائب.", "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.EMPLOYMENT_START, "رامي حداد", "زيلماكس"), x.describeFacts());
    }
}
