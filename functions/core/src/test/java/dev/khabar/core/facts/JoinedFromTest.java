package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "She joins from Brisko Bank": the company after "from" is the one left, not the one joined. Texts written here. */
class JoinedFromTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kelvo Labs named Maria Lund chief executive. Lund, 52, joins from Brisko Bank.|Maria Lund|Brisko Bank",
            "Omar Haddad joined Trevo in 2020 from Halden Bank.|Omar Haddad|Halden Bank",
            "Lena Ortiz joins Orvane Group from Brisko Payments in June.|Lena Ortiz|Brisko Payments"})
    void theCompanyAfterFromIsNotJoined(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Omar Haddad joined Trevo in 2020 from Halden Bank.|Omar Haddad|Trevo",
            "Lena Ortiz joins Orvane Group from Brisko Payments in June.|Lena Ortiz|Orvane Group"})
    void theCompanyJoinedIsStillFound(String text, String person, String org) {
        x(text).requireFact(FactType.EMPLOYMENT_START, person, org);
    }
}
