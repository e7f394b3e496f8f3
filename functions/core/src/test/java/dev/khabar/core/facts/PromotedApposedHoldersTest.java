package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English news tells a post taken by someone already titled at the company ("X, Acme's president, was named its
 * chairman") as the post taken, beside the post held; and "its" before a leaver's title is the company the sentence
 * is about, past a wire's dateline and a description naming another company. Texts written here.
 */
class PromotedApposedHoldersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-02-11");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tomas Rehn, Orvane Foods' chief financial officer, was named the company's chairman on Monday.|Tomas Rehn|Orvane Foods|chairman|CFO",
            "Greta Lind, the president of Halvik Mining Corp, was elected chairman of Halvik Mining Corp.|Greta Lind|Halvik Mining Corp|chairman|president"})
    void aPostTakenBesideTheOneHeld(String text, String person, String org, String taken, String held) {
        Extracted e = x(text);
        assertEquals(taken, e.requireFact(FactType.EMPLOYMENT_START, person, org).role());
        assertEquals(held, e.requireFact(FactType.ROLE, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "OSLO (Reuters) - Tarnow Freight, the carrier planning to buy smaller rival Velto Cargo Ltd, said that its chief executive Ivo Brandt had resigned.|Ivo Brandt|Tarnow Freight|Velto Cargo Ltd",
            "LAGOS (AFP) - Ondo Telecom, the operator that agreed to merge with Brisko Grid Ltd, said its chief operating officer Mia Holt had resigned.|Mia Holt|Ondo Telecom|Brisko Grid Ltd"})
    void itsTitleIsTheSubjectsNotTheDescribedCompanys(String text, String person, String org, String other) {
        Extracted e = x(text);
        e.requireFact(FactType.EMPLOYMENT_END, person, org);
        assertTrue(e.fact(FactType.EMPLOYMENT_END, person, other).isEmpty(), e.describeFacts());
    }
}
