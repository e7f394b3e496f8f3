package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «رئيس قسم الأجهزة المنزلية في X فلان»: the unit's adjectives belong to the title; the employer and the name follow. */
class ArabicUnitAdjectivesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووصف رئيس قسم الأجهزة المنزلية في \"زيفرا\" خالد عمر الإطلاق بأنه مهم.|خالد عمر|زيفرا",
            "وقال مدير إدارة المبيعات الدولية في شركة زيفرا سامي فهد إن الطلب قوي.|سامي فهد|زيفرا",
            "وقالت رئيسة قطاع الخدمات المصرفية الرقمية في بنك كوردا منى سالم إن العملاء زادوا.|منى سالم|بنك كوردا"})
    void theHeadOfAUnitWorksAtTheOrganizationAfterIt(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p)
                && o.equals(f.object())), x.describeFacts());
    }
}
