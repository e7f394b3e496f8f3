package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles held in English news beyond the chief executive's — the other chief officers ("chief risk officer"),
 * economists and strategists, a department's director — and heads: an organization "led by", "headed by", "chaired
 * by" a person, a person who "chairs", "has led" or is "at the helm of" one, named or described ("the company"). The
 * head holds the title written before the name, else heads or chairs it; a deal noun inside a title ("chief
 * investment officer") tells no deal. Words that also name companies ("Group", "Investment") stay out of the title
 * words, which cut names. Texts written here.
 */
class EnglishHeldTitlesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sofia Lindqvist, chief risk officer at Kestrel Mining, said demand is rising.|chief risk officer",
            "Sofia Lindqvist, chief investment officer at Kestrel Mining, said demand is rising.|chief investment officer",
            "Sofia Lindqvist, chief compliance officer at Kestrel Mining, said demand is rising.|chief compliance officer",
            "Sofia Lindqvist, chief economist at Kestrel Mining, said demand is rising.|chief economist",
            "Sofia Lindqvist, a strategist at Kestrel Mining, said demand is rising.|strategist",
            "Kestrel Mining communications director Sofia Lindqvist said demand is rising.|communications director",
            "Kestrel Mining, led by chief executive Sofia Lindqvist, said demand is rising.|CEO",
            "Kestrel Mining, headed by Sofia Lindqvist, said demand is rising.|head",
            "The board of Kestrel Mining, chaired by Sofia Lindqvist, met on Monday.|chairman",
            "Sofia Lindqvist, who chairs Kestrel Mining, said demand is rising.|chairman",
            "Sofia Lindqvist, who has led Kestrel Mining since 2018, presented the results.|head",
            "Sofia Lindqvist has been at the helm of Kestrel Mining since 2018.|head",
            "Kestrel Mining reported record profits. Sofia Lindqvist, who is at the helm of the company, said demand is rising.|head",
            "Kestrel Mining reported record profits. Sofia Lindqvist runs the company with her brother.|head",
            "Sofia Lindqvist, who runs the mining business of Kestrel Mining, presented the results.|head"})
    void theTitleIsHeld(String text, String role) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(role, e.requireFact(FactType.ROLE, "Sofia Lindqvist", "Kestrel Mining").role());
        assertEquals(EntityType.ORGANIZATION, e.requireEntity("Kestrel Mining").type());
        assertTrue(e.fact(FactType.INVESTMENT, "Sofia Lindqvist", "Kestrel Mining").isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sofia Lindqvist, an investment banker, said Kestrel Mining was cheap.",
            "The group said Sofia Lindqvist would visit Kestrel Mining.",
            "Regional sales at Kestrel Mining rose, Sofia Lindqvist said.",
            "The round in Kestrel Mining was led by Sequoia Capital, Sofia Lindqvist said.",
            "Kestrel Mining, praised by Sofia Lindqvist, said demand is rising.",
            "Kestrel Mining, run by the state, hired Sofia Lindqvist.",
            "Sofia Lindqvist led Kestrel Mining's bid for the mine.",
            "Kestrel Mining reported record profits. Sofia Lindqvist, who heads the company's cloud unit, said demand is rising."})
    void noTitleOrDealIsTold(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.fact(FactType.ROLE, "Sofia Lindqvist", "Kestrel Mining").isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.INVESTMENT, "Sofia Lindqvist", "Kestrel Mining").isEmpty(), e.describeFacts());
    }
}
