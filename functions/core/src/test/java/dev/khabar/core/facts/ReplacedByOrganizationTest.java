package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Acme replaced CEO Doe with Roe", "the retailer replaced Doe with Roe as its CEO": an organization replacing one
 * person with another lets the first go and takes on the second, in the post named. Texts written here.
 */
class ReplacedByOrganizationTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orvane Foods replaced CEO Tomas Berg with company veteran Ilse Marr after a weak quarter.|Orvane Foods|Tomas Berg|Ilse Marr|CEO",
            "Delta Mining in May replaced chairman Paul Green, who ran the group for a decade, with veteran Rita Stone.|Delta Mining|Paul Green|Rita Stone|chairman",
            "Zeta Foods reported lower sales. The grocery giant replaced Tom Brown with Corvo Labs head Ann Lee as its CEO in March.|Zeta Foods|Tom Brown|Ann Lee|CEO"})
    void theFirstLeavesAndTheSecondJoins(String text, String org, String leaver, String newcomer, String role) {
        Extracted x = Extracted.of(text, "2024-06-10");
        assertEquals(role, x.requireFact(FactType.EMPLOYMENT_END, leaver, org).role());
        assertEquals(role, x.requireFact(FactType.EMPLOYMENT_START, newcomer, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Peter Hall replaced John Smith at Kelso Bank with little fuss.|John Smith|Kelso Bank",
            "Kelso Bank replaced its old servers with machines built by Ann Lee and her team.|Ann Lee|Kelso Bank",
            "Kelso Bank replaced CEO John Smith's plan with one drawn up by Ann Lee.|Ann Lee|Kelso Bank"})
    void noOneJoinsWhenTheCompanyReplacesNoPerson(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2024-06-10");
        assertTrue(x.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), x.describeFacts());
    }

    @Test
    void aReplacementWithNoPostIsNoMove() {
        Extracted x = Extracted.of("Kestrel Foods replaced Tom Vale with Ana Ruiz in the photo caption.", "2025-05-05");
        assertTrue(x.fact(FactType.EMPLOYMENT_START, "Ana Ruiz", "Kestrel Foods").isEmpty(), x.describeFacts());
    }
}
