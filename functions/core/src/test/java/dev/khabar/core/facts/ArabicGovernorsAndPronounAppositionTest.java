package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «محافظ البنك المركزي فلان»: a governor heads a central bank or a fund; «فلان، وهو الرئيس التنفيذي لـX»: a title
 * apposed after «وهو» is the person's before it.
 */
class ArabicGovernorsAndPronounAppositionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأكد محافظ بنك زيفرا المركزي سامر حداد أن التضخم تراجع.|سامر حداد|بنك زيفرا المركزي|governor",
            "سيترأس مجلس الإدارة نبيل منصور، وهو محافظ صندوق كوردا السيادي.|نبيل منصور|صندوق كوردا السيادي|governor",
            "وقال هاني سعيد، وهو الرئيس التنفيذي لشركة زيفرا، إن الأرباح نمت.|هاني سعيد|زيفرا|CEO",
            "وحضرت ليلى عمران، وهي المديرة العامة لشركة كوردا، حفل الإطلاق.|ليلى عمران|كوردا|general manager"})
    void theTitleIsHeldAtItsOrganization(String text, String person, String org, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        Fact f = x.document().facts().stream().filter(r -> r.type() == FactType.ROLE && r.subject().equals(p)
                && o.equals(r.object())).findFirst().orElse(null);
        assertEquals(role, f == null ? null : f.role(), x.describeFacts());
    }
}
