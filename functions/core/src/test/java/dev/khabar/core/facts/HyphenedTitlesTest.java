package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A shared post written with "co-" before its title: "co-chief executive", "co-managing director". Texts written here. */
class HyphenedTitlesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lena Ortiz, co-chief executive of Orvane Group, said sales rose.|Lena Ortiz|Orvane Group|co-CEO",
            "Omar Haddad, co-managing director of Brisko Bank, said lending grew.|Omar Haddad|Brisko Bank|co-managing director",
            "Halden Ports co-chief executive Tomas Berg said cargo grew.|Tomas Berg|Halden Ports|co-CEO"})
    void theHyphenJoinsCoToTheTitle(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(FactType.ROLE, person, org).role(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund, a co-host of the Kelvo Holdings podcast, said sales rose.|Maria Lund|Kelvo Holdings"})
    void coBeforeNoTitleWordMakesNone(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }
}
