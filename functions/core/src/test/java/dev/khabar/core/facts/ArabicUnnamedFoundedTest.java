package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «اتفاقية بين A وB لتأسيس شركة جديدة»: the founding noun goes on to an unnamed company (a company noun and an
 * indefinite word) or a common noun, which is what is founded; the parties named before it found no one of each other.
 * Texts written here.
 */
class ArabicUnnamedFoundedTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت اليوم اتفاقية بين شركة \"نوران القابضة\" و\"صندوق الاستثمار الأردني\" لتأسيس شركة جديدة للطاقة في الأردن.|نوران القابضة|صندوق الاستثمار الأردني",
            "وأبرمت مجموعة \"سدرة\" اتفاقا مع بنك \"الواحة\" لتأسيس شركة مشتركة.|سدرة|الواحة",
            "ووقعت شركة \"بيلسان\" مذكرة تفاهم مع شركة \"رافد\" لتأسيس مصنع للأدوية.|بيلسان|رافد"})
    void thePartiesBeforeFoundNoneOfEachOther(String text, String one, String other) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertFalse(ar.hasFactByAlias(FactType.FOUNDED, one, other), ar.describeFacts());
        assertFalse(ar.hasFactByAlias(FactType.FOUNDED, other, one), ar.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلن رجل الأعمال سامر الكردي تأسيس شركة \"مدار للحلول\" في عمان.|سامر الكردي|مدار للحلول"})
    void aCompanyNamedAfterTheFoundingNounIsFounded(String text, String founder, String company) {
        Extracted ar = Extracted.of(text, "2024-05-10");
        assertTrue(ar.hasFactByAlias(FactType.FOUNDED, founder, company), ar.describeFacts());
    }
}
