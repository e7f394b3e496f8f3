package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «المؤسسة» standing for the foundation or public establishment named before: a title of it is held there. */
class ArabicFoundationAnaphorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة سابك عن شراكة مع مؤسسة الملك خالد الخيرية. وقال خالد العمري، المدير العام للمؤسسة، إن الشراكة مهمة.|خالد العمري|مؤسسة الملك خالد الخيرية",
            "وقعت شركة زيفرا اتفاقية مع المؤسسة العامة للموانئ. وأكد سامي الحربي، الرئيس التنفيذي للمؤسسة، أن الاتفاقية تدعم القطاع.|سامي الحربي|المؤسسة العامة للموانئ",
            "وقعت المؤسسة العامة للمياه مذكرة تفاهم مع شركة كوردا. ووقع المذكرة عن المؤسسة مديرها العام ماجد الدوسري.|ماجد الدوسري|المؤسسة العامة للمياه"})
    void aTitleOfTheEstablishmentIsHeldAtTheOneNamedBefore(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }
}
