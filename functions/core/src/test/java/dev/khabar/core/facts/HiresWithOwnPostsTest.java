package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "appointed A as CFO and B as CTO", "named A CFO, B COO and C general counsel": each person joined after the first
 * hire with a post of their own is hired too, into that post, and holds no post named for the one before. Texts
 * written here.
 */
class HiresWithOwnPostsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vantor Labs appointed Ines Moreau as chief financial officer and Tomas Berg as chief technology officer.|Vantor Labs|Tomas Berg|CTO",
            "Vantor Labs named Ines Moreau chief financial officer and Tomas Berg chief operating officer on Friday.|Vantor Labs|Tomas Berg|COO",
            "Vantor Labs has appointed Ines Moreau as CFO, Tomas Berg as CTO and Rhea Lind as general counsel.|Vantor Labs|Rhea Lind|general counsel"})
    void eachListedHireTakesTheirOwnPost(String text, String employer, String hired, String post) {
        Extracted x = Extracted.of(text, "2025-03-07");
        assertEquals("CFO", x.requireFact(FactType.EMPLOYMENT_START, "Ines Moreau", employer).role(), x.describeFacts());
        assertEquals(post, x.requireFact(FactType.EMPLOYMENT_START, hired, employer).role(), x.describeFacts());
        assertFalse(x.fact(FactType.ROLE, hired, employer).isPresent(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vantor Labs appointed Ines Moreau as CFO and said Tomas Berg would stay in his post.|Vantor Labs|Tomas Berg"})
    void someoneNamedWithoutAPostIsNotHired(String text, String employer, String other) {
        Extracted x = Extracted.of(text, "2025-03-07");
        assertFalse(x.fact(FactType.EMPLOYMENT_START, other, employer).isPresent(), x.describeFacts());
    }
}
