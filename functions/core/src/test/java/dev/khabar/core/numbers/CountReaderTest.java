package dev.khabar.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountReaderTest {
    private static List<Quantity> find(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return CountReader.find(tokens, 0, tokens.size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "سرحت الشركة 1.5 ألف موظف | 1500",
            "the firm cut 1,200 jobs | 1200",
            "it laid off 250 of its 900 employees | 250"})
    void readsWholeHeadcounts(String text, String value) {
        List<Quantity> found = find(text);
        assertEquals(1, found.size(), found::toString);
        assertEquals(0, new BigDecimal(value).compareTo(found.get(0).value()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "سرحت الشركة 6.53 موظف",
            "the screen is 6.5 people wide",
            "a market of 3 billion people",
            "the app reached 4.2 billion users and 0 staff"})
    void aFractionOrAPopulationIsNoHeadcount(String text) {
        assertTrue(find(text).isEmpty(), () -> text + ": " + find(text));
    }
}
