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
            "وأكد محافظ بنك زيفرا المركزي سامر حداد أن التضخم تراجع.|ROLE|سامر حداد|بنك زيفرا المركزي|governor",
            "سيترأس مجلس الإدارة نبيل منصور، وهو محافظ صندوق كوردا السيادي.|ROLE|نبيل منصور|صندوق كوردا السيادي|governor",
            "وقال هاني سعيد، وهو الرئيس التنفيذي لشركة زيفرا، إن الأرباح نمت.|ROLE|هاني سعيد|زيفرا|CEO",
            "وحضرت ليلى عمران، وهي المديرة العامة لشركة كوردا، حفل الإطلاق.|ROLE|ليلى عمران|كوردا|director general",
            "وقال رئيس تحرير مجموعة «زيفرا» الإعلامية سامر حداد إن الصحيفة مستمرة.|ROLE|سامر حداد|زيفرا|editor-in-chief",
            "وأكدت ليلى عمران، رئيسة تحرير مجلة «كوردا»، أن العدد صدر.|ROLE|ليلى عمران|كوردا|editor-in-chief",
            "وقال نبيل منصور، مدير غرفة الأخبار في قناة «زيفرا»، إن التغطية مستمرة.|ROLE|نبيل منصور|زيفرا|director of newsroom",
            // after «سيكون»: a post still to be taken
            "فيما سيكون الرئيس التنفيذي لشركة زيفرا هو المهندس سامر حداد.|EMPLOYMENT_START|سامر حداد|زيفرا|CEO",
            "وسيكون الدكتور نبيل منصور المدير العام لشركة كوردا اعتبارا من الشهر المقبل.|EMPLOYMENT_START|نبيل منصور|كوردا|director general",
            "وستكون ليلى عمران الرئيسة التنفيذية لشركة زيفرا.|EMPLOYMENT_START|ليلى عمران|زيفرا|CEO",
            "أعلنت شركة كوردا خطتها الجديدة. وسيكون الرئيس التنفيذي للشركة هو المهندس رامي يوسف.|EMPLOYMENT_START|رامي يوسف|كوردا|CEO"})
    void theTitleIsTheHoldersAtItsOrganization(String text, FactType type, String person, String org, String role) {
        assertEquals(role, roleOf(text, type, person, org));
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
