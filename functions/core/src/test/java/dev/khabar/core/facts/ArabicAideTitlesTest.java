package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «مساعد», «وكيل», «نائب» and «النائب التنفيذي» before a title make an aide's or a deputy's title at the title's organization
 * («وكيل مساعد محافظ البنك المركزي»: deputy assistant governor). Texts written here.
 */
class ArabicAideTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال خالد العتيبي، مساعد الرئيس التنفيذي لشركة سابك، إن الأرباح ارتفعت.|Khaled Al-Atibi|SABIC|assistant CEO",
            "وأكد محمد الشمري، وكيل مساعد محافظ البنك المركزي المصري، أن التضخم تراجع.|Mohamed Al-Shmri|Central Bank of Egypt|deputy assistant governor",
            "وقال خالد العتيبي، النائب التنفيذي لرئيس شركة سابك، إن الطلب قوي.|Khaled Al-Atibi|SABIC|executive vice president",
            // a deputy of a chairman is a vice chairman, of a president a vice president, of other titles a deputy
            "وقال خالد العتيبي، نائب لرئيس مجلس إدارة شركة سابك، إن الطلب قوي.|Khaled Al-Atibi|SABIC|vice chairman",
            "وقال خالد العتيبي، النائب الأول لرئيس مجلس إدارة شركة سابك، إن الطلب قوي.|Khaled Al-Atibi|SABIC|vice chairman",
            "وقال خالد العتيبي، نائب رئيس شركة سابك، إن الطلب قوي.|Khaled Al-Atibi|SABIC|vice president",
            "وقال خالد العتيبي، نائب المدير العام لشركة سابك، إن الطلب قوي.|Khaled Al-Atibi|SABIC|deputy director general"})
    void anAidesOrADeputysWordBeforeATitle(String text, String person, String org, String role) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(role, e.requireFact(FactType.ROLE, person, org).role());
    }

    @Test
    void anAgentAloneIsNoTitle() {
        Extracted e = Extracted.of("وقال خالد العتيبي، وكيل شركة سابك في مصر، إن المبيعات ارتفعت.", "2024-05-10");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.ROLE && "deputy".equals(f.role())),
                e.describeFacts());
    }
}
