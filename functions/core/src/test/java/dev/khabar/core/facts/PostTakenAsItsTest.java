package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "The retailer hired Roe as its CEO": "its" is the sentence's subject, the company the move is to, never the story's
 * lead company named earlier. Texts written here.
 */
class PostTakenAsItsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs makes chips. Zeta Foods said profits fell. The retail giant hired Ann Lee as its CEO in March.|Ann Lee|Zeta Foods|Orbit Labs",
            "Orbit Labs makes chips. Zeta Foods said profits fell. The retailer replaced Tom Brown with Ann Lee as its CEO in March.|Ann Lee|Zeta Foods|Orbit Labs"})
    void itsIsTheSubjectNotTheLeadCompany(String text, String person, String org, String lead) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.requireFact(FactType.EMPLOYMENT_START, person, org);
        assertTrue(x.fact(FactType.ROLE, person, lead).isEmpty(), x.describeFacts());
    }
}
