package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X has been made CEO of Y", "Y made X its chief executive": making someone a post hires him to it; "made" with no
 * post after it ("progress has been made", "made a profit") moves nobody. Texts written here.
 */
class MadeToAPostTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Murshedul Kabir, deputy managing director of Sonali Bank, has been made CEO of Agrani Bank.|Murshedul Kabir|Agrani Bank|CEO",
            "Maria Lopez has been made chief executive of Halden Bank, the bank said.|Maria Lopez|Halden Bank|CEO",
            "Halden Bank made Tom Hale its chief executive on Monday.|Tom Hale|Halden Bank|CEO"})
    void madeToAPostIsAHire(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(FactType.EMPLOYMENT_START, person, org).role(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Progress has been made at Halden Bank, Maria Lopez said.",
            "Maria Lopez said a decision had been made by Halden Bank.",
            "Halden Bank made a profit of $5 million, Maria Lopez said."})
    void madeWithoutAPostIsNoHire(String text) {
        Extracted e = x(text);
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_START), e.describeFacts());
    }
}
