package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company founds another when it stands right at a finite verb of founding and the company founded follows: «وأسست
 * شركة A شركة B», «تؤسس», «أنشأ بنك A صندوق B», "A founded B", "A has set up a new unit called B". Texts written here.
 */
class CompanyFoundersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأسست شركة ليرا القابضة شركة سنام للخدمات الرقمية عام 2016.|ليرا القابضة|سنام للخدمات الرقمية",
            "وكانت شركة ليرا القابضة أسست شركة سنام للخدمات الرقمية عام 2016.|ليرا القابضة|سنام للخدمات الرقمية",
            "وقبل ذلك تؤسس شركة ليرا القابضة شركة سنام للخدمات الرقمية.|ليرا القابضة|سنام للخدمات الرقمية",
            "وأنشأ بنك الوفاق صندوق سنام للاستثمار في 2021.|بنك الوفاق|صندوق سنام للاستثمار",
            "Brevik Holdings founded Solvana Logistics in 2014.|Brevik Holdings|Solvana Logistics",
            "Brevik Holdings has set up a new subsidiary, Solvana Logistics, in Oman.|Brevik Holdings|Solvana Logistics",
            "Brevik Holdings also formed a joint venture called Solvana Logistics last year.|Brevik Holdings|Solvana Logistics"})
    void theCompanyAtTheVerbFoundedTheOneAfter(String text, String founder, String founded) {
        Extracted x = Extracted.of(text, "2025-03-02");
        x.requireFactByAlias(FactType.FOUNDED, founder, founded);
    }

    /** No founder at the verb, a participle's aside, "found" of finding, the verbal noun: no company founds another. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brevik Holdings, founded in 2014, bought Solvana Logistics.",
            "Brevik Holdings found Solvana Logistics' offer too low.",
            "Brevik Holdings was founded by Solvana Logistics' owners.",
            "ووقعت شركة ليرا القابضة اتفاقية لإنشاء شركة سنام للخدمات الرقمية.",
            "وأسست الحكومة شركة سنام للخدمات الرقمية عام 2016."})
    void noCompanyAtTheVerbFoundsNothing(String text) {
        Extracted x = Extracted.of(text, "2025-03-02");
        assertFalse(x.hasFactOfType(FactType.FOUNDED), x.describeFacts());
    }
}
