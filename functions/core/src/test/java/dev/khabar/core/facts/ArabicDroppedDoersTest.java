package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «عندما استحوذت على X»: a verb after a conjunction of time or cause drops its doer, the company the text tells of. */
class ArabicDroppedDoersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت شركة أوبر على شركة كريم عام 2019. وثالث أكبر الصفقات كان عام 2016، عندما استحوذت على شركة ياندكس.|Uber|Yandex",
            "استحوذت شركة أوبر على شركة كريم عام 2019. وكانت أكبر صفقات الشركة الأمريكية في 2016، إذ استحوذت على شركة ياندكس.|Uber|Yandex",
            "أعلنت شركة سامسونج عن نتائجها. وجاءت أكبر صفقاتها عام 2016، حين استحوذت على شركة هارمان.|Samsung|هارمان"})
    void theDroppedDoerIsTheCompanyToldOf(String text, String buyer, String bought) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFact(FactType.ACQUISITION, buyer, bought);
        assertTrue(x.fact(FactType.ACQUISITION, bought, bought).isEmpty(), x.describeFacts());
    }
}
