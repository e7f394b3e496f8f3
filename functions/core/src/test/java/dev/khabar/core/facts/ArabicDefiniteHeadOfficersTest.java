package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «المدير العام للبنك ماجد الشمري»: a definite head («للبنك», «البنك») takes no genitive noun, so the name after it is
 * the officer's, who holds the title at the bank told before; an indefinite head keeps its construct («وزارة قطاع الأعمال»).
 */
class ArabicDefiniteHeadOfficersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلن بنك الأمل نتائجه السنوية. وقال المدير العام للبنك ماجد الشمري إن الأرباح ارتفعت.|ماجد الشمري|بنك الأمل",
            "أعلن بنك الأمل نتائجه السنوية. وقالت الرئيسة التنفيذية للبنك ريم الدوسري إن الأرباح ارتفعت.|ريم الدوسري|بنك الأمل"})
    void theNameAfterTheDefiniteHeadIsItsOfficer(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.names() + x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت وزارة قطاع الأعمال اتفاقية مع بنك الأمل.|وزارة قطاع الأعمال",
            "وقالت هيئة سوق المال إن التداول ارتفع.|هيئة سوق المال"})
    void anIndefiniteHeadKeepsItsConstruct(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }
}
