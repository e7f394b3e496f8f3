package dev.khabar.core.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A year between an article and a noun ("a 2009 accord") dates the thing the noun names. */
class YearAdjectivesTest {
    private static List<DateMention> find(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return DateReader.find(text, tokens, 0, tokens.size(), LocalDate.parse("2025-03-10"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It builds on a 2009 accord between them.|2009",
            "Under a 2016 deal the plant was sold.|2016",
            "They cited an 1998 study of the market.|1998"})
    void theYearIsADate(String text, String year) {
        List<DateMention> dates = find(text);
        assertEquals(1, dates.size(), dates.toString());
        assertEquals(year, dates.get(0).value());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He drove a 2007 Rover to work.",
            "The firm paid a 2500 fee.",
            "It sold 2007 units in a week."})
    void noArticleAndNounNoYear(String text) {
        assertTrue(find(text).isEmpty(), find(text).toString());
    }

    @Test
    void theDealTakesTheYear() {
        Extracted x = Extracted.of("Kestro Telecom signed a 2009 agreement with Orvel Systems to supply network services.",
                "2025-03-10");
        assertEquals("2009", x.requireFact(FactType.CONTRACT, "Kestro Telecom", "Orvel Systems").date().value(), x.describeFacts());
    }
}
