package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A gazetteer alias or a given name that is also an everyday word or a generic ending names nothing by itself: the
 * person or the company the text writes stays as written. Texts written here.
 */
class CommonWordsAreNoKnownNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // «جازي» (Jazi) is a Gulf given name, not Djezzy
            "وقال جازي المري إن المبيعات ارتفعت.|Djezzy",
            // «الدولية القابضة» ends many companies' names, not only International Holding Company's
            "ووقعت شركة النخبة الدولية القابضة عقدا مع أكمي.|International Holding Company"})
    void noKnownNameIsRead(String text, String notAName) {
        Extracted x = Extracted.of(text, "2025-04-01");
        assertTrue(x.entity(notAName).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // «أسعد» is also the superlative "happiest" before an indefinite noun
            "وكانت الدوحة أسعد مدينة في المنطقة بحسب المسح.|أسعد مدينة"})
    void aCommonWordOpensNoPerson(String text, String notAnAlias) {
        Extracted x = Extracted.of(text, "2025-04-01");
        assertTrue(x.spelled(notAnAlias).isEmpty(), x.names());
    }
}
