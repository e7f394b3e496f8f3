package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Well-known hotel brands, banks and outlets under their Arabic names, with their Latin names. Texts written here. */
class ArabicKnownBrandsAndBanksTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وستدير مجموعة ماريوت الدولية الفندق الجديد في الواحة.|مجموعة ماريوت الدولية|Marriott",
            "وافتتح منتجع سانت ريجيس الشهر الماضي.|سانت ريجيس|St. Regis",
            "وموّل بنك الاستثمارات العامة لفرنسا الشركة الناشئة.|بنك الاستثمارات العامة لفرنسا|Bpifrance",
            "وقدم البنك الزراعي المصري قروضا للمزارعين.|البنك الزراعي المصري|Agricultural Bank of Egypt",
            "وأدرجت الشركة أسهمها في بورصة تونس.|بورصة تونس|Bourse de Tunis",
            "وذكرت السومرية نيوز أن العقد وقع أمس.|السومرية نيوز|Alsumaria"})
    void knownByItsArabicName(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(name, x.withAlias(alias).name(), x.names());
    }
}
