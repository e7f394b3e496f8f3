package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «في إطار الاستثمار الجديد», «ضمن الاستثمار», «بموجب الاستثمار»: the definite investment after a word of framing is
 * the one told before, the frame of another act, and tells no investment of the one doing that act; «في إطار الاستثمار
 * في شركة X» and a new investment still tell one. Texts written here.
 */
class ArabicFramingDealsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وسيشغل أحمد الخطيب مقعدا في مجلس إدارة شركة زيلكو في إطار الاستثمار الجديد.|أحمد الخطيب",
            "وانضم أحمد الخطيب إلى مجلس إدارة شركة زيلكو بموجب الاستثمار.|أحمد الخطيب",
            "وعينت مجموعة نوران القابضة مديرا جديدا لشركة زيلكو ضمن الاستثمار الذي أعلنته.|مجموعة نوران القابضة"})
    void theFramingInvestmentIsNoNewOne(String text, String doer) {
        Extracted x = x(text);
        String name = x.withAlias(doer).name();
        assertTrue(x.fact(FactType.INVESTMENT, name, "زيلكو").isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستثمرت مجموعة نوران القابضة 5 ملايين دولار في شركة زيلكو في إطار الاستثمار في التقنية.",
            "وضخت مجموعة نوران القابضة استثمارات في شركة زيلكو."})
    void anInvestmentToldStays(String text) {
        x(text).requireFact(FactType.INVESTMENT, "مجموعة نوران القابضة", "زيلكو");
    }
}
