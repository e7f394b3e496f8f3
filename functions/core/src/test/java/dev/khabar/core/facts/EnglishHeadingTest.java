package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An organization "led by", "headed by", "chaired by" a person, and a person who "chairs", "has led" or is "at the helm
 * of" one, named or described ("the company"): the person holds the title written before the name, else heads or
 * chairs it. Texts written here.
 */
class EnglishHeadingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Mining, led by chief executive Sofia Lindqvist, said demand is rising.|CEO",
            "Kestrel Mining, headed by Sofia Lindqvist, said demand is rising.|head",
            "The board of Kestrel Mining, chaired by Sofia Lindqvist, met on Monday.|chairman",
            "Sofia Lindqvist, who chairs Kestrel Mining, said demand is rising.|chairman",
            "Sofia Lindqvist, who has led Kestrel Mining since 2018, presented the results.|head",
            "Sofia Lindqvist has been at the helm of Kestrel Mining since 2018.|head",
            "Kestrel Mining reported record profits. Sofia Lindqvist, who is at the helm of the company, said demand is rising.|head",
            "Kestrel Mining reported record profits. Sofia Lindqvist runs the company with her brother.|head"})
    void theHeadHoldsTheTitle(String text, String role) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(role, e.requireFact(FactType.ROLE, "Sofia Lindqvist", "Kestrel Mining").role());
        assertEquals(EntityType.ORGANIZATION, e.requireEntity("Kestrel Mining").type());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The round in Kestrel Mining was led by Sequoia Capital, Sofia Lindqvist said.",
            "Kestrel Mining, backed by Sofia Lindqvist, said demand is rising.",
            "Kestrel Mining, run by the state, hired Sofia Lindqvist.",
            "Sofia Lindqvist led Kestrel Mining's bid for the mine.",
            "Kestrel Mining reported record profits. Sofia Lindqvist, who heads the company's cloud unit, said demand is rising."})
    void noHeadIsNamed(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.fact(FactType.ROLE, "Sofia Lindqvist", "Kestrel Mining").isEmpty(), e.describeFacts());
    }
}
