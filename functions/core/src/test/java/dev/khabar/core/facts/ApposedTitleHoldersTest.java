package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The holder set off by a comma after a title: past the unit the title is of ("chief of mobile operations, X"), and
 * closed by a parenthesis or a speech verb as well as by a comma. Texts written here.
 */
class ApposedTitleHoldersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veltro's chief of mobile operations, Karl Jensen, opened the event.|Karl Jensen|Veltro",
            "Halden Bank's head of retail banking, Maria Lopez, spoke in June.|Maria Lopez|Halden Bank",
            "Kestrel Freight's director for supply chain, Peter Hall, said costs rose.|Peter Hall|Kestrel Freight"})
    void aTitlesUnitStandsBetweenTitleAndHolder(String text, String person, String org) {
        Extracted e = x(text);
        e.requireTitle(person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Bank chairman and managing director, Commodore Ravi Menon (Retd) stated that the order was big.|Ravi Menon|Kestrel Bank",
            "Halden Bank chief executive, Maria Lopez said the bank would grow.|Maria Lopez|Halden Bank",
            "Veltro president, Dr Karl Jensen (pictured) told reporters the plant would open.|Karl Jensen|Veltro"})
    void aParenthesisOrSpeechVerbClosesTheHoldersName(String text, String person, String org) {
        x(text).requireFact(FactType.ROLE, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Veltro hired a head of sales, and Karl Jensen left for Orbit Labs.|Karl Jensen|Veltro",
            "Halden Bank named a chief of staff, then Maria Lopez joined Orbit Labs.|Maria Lopez|Halden Bank"})
    void aNameNotApposedToTheTitleDoesNotHoldIt(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }
}
