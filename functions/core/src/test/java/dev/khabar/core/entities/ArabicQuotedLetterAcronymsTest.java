package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «"أو أن تي إم"»: a quoted acronym spelled in Arabic letter names may open on «أو» (O), which is also "or"; the letter
 * name after it says it spells. A quoted «أو» before a plain word stays "or". Texts written here.
 */
class ArabicQuotedLetterAcronymsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت سوناطراك عقودا مع ثلاث شركات محلية، وهي \"ميراك\"،\"أو أن تي إم\"،\"لوكسا\".|أو أن تي إم",
            "وتعاقدت الوزارة مع \"أو أن سي بي\" لإنجاز المشروع.|أو أن سي بي",
            "وفازت شركة \"أو دي إس\" بعقد لإنجاز الطريق.|أو دي إس"})
    void aQuotedAcronymMayOpenOnO(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال إن الخيار \"أو غيره\" غير مطروح الآن.|أو غيره",
            "وكتب على لافتة \"أو لا شيء\" في الشارع.|أو لا شيء"})
    void aQuotedOrBeforeAPlainWordIsNoName(String text, String phrase) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(phrase).isEmpty(), x.names());
    }
}
