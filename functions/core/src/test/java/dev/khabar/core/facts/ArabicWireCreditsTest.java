package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «دبي في 15 أكتوبر/ وام / …», «رويترز _ …»: an Arabic wire's credit between slashes or before an underscore ends
 * the dateline; the agency is no doer, and the clause after it keeps its own (coordinated) subject.
 */
class ArabicWireCreditsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أبوظبي في 3 مارس/ وام/ أعلنت شركة نوفابيت وشركة زيفرا عن توقيع اتفاقية تعاون.|نوفابيت|زيفرا",
            "الرياض في 9 مايو / واس / أعلنت شركة نوفابيت وشركة زيفرا عن إطلاق شراكة استراتيجية.|نوفابيت|زيفرا",
            "رويترز _ أعلنت شركة نوفابيت وشركة زيفرا عن توقيع اتفاقية تعاون.|نوفابيت|زيفرا"})
    void theClauseAfterTheCreditKeepsItsSubjects(String text, String a, String b) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, a, b) || x.hasFactByAlias(FactType.PARTNERSHIP, b, a), x.describeFacts());
    }
}
