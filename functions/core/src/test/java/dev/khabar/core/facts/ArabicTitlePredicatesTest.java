package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «محافظ البنك المركزي فلان»: a governor heads a central bank or a fund; «فلان، وهو الرئيس التنفيذي لـX»: a title
 * apposed after «وهو» is the person's before it; «سيكون الرئيس التنفيذي لـX هو فلان»: a post still to be taken.
 */
class ArabicTitlePredicatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأكد محافظ بنك زيفرا المركزي سامر حداد أن التضخم تراجع.|سامر حداد|بنك زيفرا المركزي|governor",
            "سيترأس مجلس الإدارة نبيل منصور، وهو محافظ صندوق كوردا السيادي.|نبيل منصور|صندوق كوردا السيادي|governor",
            "وقال هاني سعيد، وهو الرئيس التنفيذي لشركة زيفرا، إن الأرباح نمت.|هاني سعيد|زيفرا|CEO",
            "وحضرت ليلى عمران، وهي المديرة العامة لشركة كوردا، حفل الإطلاق.|ليلى عمران|كوردا|general manager"})
    void theTitleIsHeldAtItsOrganization(String text, String person, String org, String role) {
        assertEquals(role, roleOf(text, FactType.ROLE, person, org));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "فيما سيكون الرئيس التنفيذي لشركة زيفرا هو المهندس سامر حداد.|سامر حداد|زيفرا|CEO",
            "وسيكون الدكتور نبيل منصور المدير العام لشركة كوردا اعتبارا من الشهر المقبل.|نبيل منصور|كوردا|general manager",
            "وستكون ليلى عمران الرئيسة التنفيذية لشركة زيفرا.|ليلى عمران|زيفرا|CEO",
            "أعلنت شركة كوردا خطتها الجديدة. وسيكون الرئيس التنفيذي للشركة هو المهندس رامي يوسف.|رامي يوسف|كوردا|CEO"})
    void aTitleAfterWillBeIsAPostToBeTaken(String text, String person, String org, String role) {
        assertEquals(role, roleOf(text, FactType.EMPLOYMENT_START, person, org));
    }

    private static String roleOf(String text, FactType type, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        Fact f = x.document().facts().stream().filter(r -> r.type() == type && r.subject().equals(p)
                && o.equals(r.object())).findFirst().orElse(null);
        return f == null ? x.describeFacts() : f.role();
    }
}
