package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name set off by commas before a copula is the copula's subject and holds the title after it: "The second, X, is
 * CEO of Acme", "X, 61, was chairman of Acme". Texts written here.
 */
class SetOffCopulaSubjectsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The other partner, Ilse Marten, is president of Orbit Labs.|Ilse Marten|Orbit Labs",
            "Dario Fenn, 61, was chairman of Halden Bank until the merger.|Dario Fenn|Halden Bank"})
    void theNameBeforeTheCommaHoldsTheTitle(String text, String person, String org) {
        x(text).requireFact(FactType.ROLE, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The plan, drafted by Dario Fenn, was the chairman's idea at Orbit Labs.|Dario Fenn|Orbit Labs"})
    void theObjectOfAPhraseSetOffIsNoSubject(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }
}
