package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** «كشفت شركة X عن هاتف Y», «دشنت شركة X جهاز Y»: launches with the subject inside «كشف … عن», and with دشن. Texts written here. */
class ArabicLaunchVerbsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "كشفت شركة \"فالترون\" عن هاتف \"فالترون زد\" الجديد أمس.|فالترون|فالترون زد",
            "وكشفت شركة “كوردينا” اليوم عن هاتف “أوريون 5” بشاشة أكبر.|كوردينا|أوريون 5",
            "دشنت شركة \"زيرانو\" الأربعاء هاتف \"نيمبس\" بسعر 300 دولار.|زيرانو|نيمبس",
            "وتدشن شركة \"فالترون\" هاتف \"فالترون إكس\" في الأسواق الشهر المقبل.|فالترون|فالترون إكس"})
    void theCompanyLaunchesTheProduct(String text, String company, String product) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.PRODUCT_LAUNCH, company, product);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "وكشفت مصادر مطلعة عن خطط شركة \"فالترون\" لبيع هاتف \"فالترون زد\" بسعر أقل.",
            "ودشن الوزير مصنع شركة \"كوردينا\" الجديد في المدينة.",
            "كشفت شركة \"زيرانو\"، في بيان، أن مبيعات ساعة \"زيرانو ووتش\" تراجعت عن العام الماضي."})
    void aDisclosureThatIsNoLaunchStatesNone(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), e.describeFacts());
    }
}
