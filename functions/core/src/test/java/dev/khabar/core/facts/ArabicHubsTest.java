package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تتخذ من X مركزا لعملياتها»: a city taken as a hub is where the company sits, as one taken as its seat; the taker may
 * be "the new airline" told before («الخطوط الجوية الجديدة»). Texts written here.
 */
class ArabicHubsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتتخذ شركة سابك من الرياض مركزا لعملياتها في المنطقة.|SABIC|Riyadh",
            "أطلقت السعودية شركة طيران الرياض. وستتخذ الخطوط الجوية الجديدة من مدينة الرياض مركزا لعملياتها.|Riyadh Air|Riyadh",
            "تأسست شركة «زيفرا» عام 2019. وتتخذ الشركة الناشئة من دبي مقرا لها.|زيفرا|Dubai"})
    void aCityTakenAsHubOrSeat(String text, String company, String city) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.LOCATED_IN, company, city);
    }

    @Test
    void linesAloneAreNoAirline() {
        Extracted x = Extracted.of("أطلقت السعودية شركة طيران الرياض. وتتخذ الخطوط العريضة للخطة من الرياض مركزا لها.", "2024-05-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN), x.describeFacts());
    }
}
