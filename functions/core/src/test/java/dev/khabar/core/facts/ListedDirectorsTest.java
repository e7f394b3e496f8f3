package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "…, its chief executive, A, as well as directors, B and C": a plural title joined to a titled person of a company
 * lists more of its people, each holding one of the title; "its directors" naming no one is no fact. Texts written here.
 */
class ListedDirectorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The review will be run by Trevane chairman, Hugo Marsh, along with the company's chief executive, Nadia Kovac, as well as directors, Peter Lund and Sara Whitfield.|Trevane|Peter Lund|Sara Whitfield",
            "The panel includes Trevane chairman, Hugo Marsh, and directors Peter Lund and Sara Whitfield.|Trevane|Peter Lund|Sara Whitfield"})
    void eachListedDirectorHoldsTheTitle(String text, String company, String first, String second) {
        Extracted x = Extracted.of(text, "2025-02-11");
        assertEquals("director", x.requireFact(FactType.ROLE, first, company).role(), x.describeFacts());
        assertEquals("director", x.requireFact(FactType.ROLE, second, company).role(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trevane said on Monday that its directors approved the plan."})
    void directorsNamingNoOneAreNoFact(String text) {
        Extracted x = Extracted.of(text, "2025-02-11");
        assertFalse(x.hasFactOfType(FactType.ROLE), x.describeFacts());
    }
}
