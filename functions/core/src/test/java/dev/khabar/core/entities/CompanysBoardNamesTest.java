package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Chairman of the Board of Directors of Acme": the capitalized board is no part of the company's name after it, so
 * the chairman's employer is the company. Texts written here.
 */
class CompanysBoardNamesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tomas Berg, Chairman of the Board of Directors of Kelvo Holdings, said profits rose.|Tomas Berg|Kelvo Holdings",
            "Lena Ortiz, Vice Chairman of the Supervisory Board of Halden Ports, said cargo grew.|Lena Ortiz|Halden Ports",
            "Chairman of the Board of Directors of Orvane Group Omar Haddad said profits rose.|Omar Haddad|Orvane Group"})
    void theBoardEndsBeforeTheCompany(String text, String person, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.ROLE, person, org);
        assertTrue(e.document().entities().stream().noneMatch(n -> n.name().startsWith("Board")), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The Board of Directors of Kelvo Holdings approved the dividend.|Kelvo Holdings",
            "Tomas Berg was elected Chairman of the Board of Directors of Brisko Bank.|Brisko Bank"})
    void theCompanyIsFoundAlone(String text, String org) {
        Extracted e = x(text);
        e.requireEntity(org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Omar Haddad chairs the Board of Investment.|Board of Investment",
            "The Bank of England raised rates.|Bank of England"})
    void otherNamesWithOfStayWhole(String text, String name) {
        Extracted e = x(text);
        e.requireEntity(name);
    }
}
