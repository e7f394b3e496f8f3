package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Founded in 2019 by X, a former banker, Acme …": the fronted participle's founder may carry an apposition, and the
 * founded firm is the name after the comma that closes it, not a name inside it or one of a founders' list. Texts
 * written here.
 */
class FrontedFoundersPastAppositionsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theFirmFollowsTheFoundersApposition() {
        Extracted e = x("Founded in 2016 by Rena Voss, formerly treasurer at Kellan Mills, Tarvo Labs now ships ovens to Peru.");
        e.requireFact(FactType.FOUNDED, "Rena Voss", "Tarvo Labs");
        assertTrue(e.fact(FactType.FOUNDED, "Rena Voss", "Kellan Mills").isEmpty(), e.describeFacts());
    }

    @Test
    void aNameListedAmongTheFoundersIsNotTheFirm() {
        Extracted e = x("Founded in 2011 by Rena Voss, Orlen Group and Piet Baas, Tarvo Labs sells kilns.");
        e.requireFact(FactType.FOUNDED, "Rena Voss", "Tarvo Labs");
        assertTrue(e.fact(FactType.FOUNDED, "Rena Voss", "Orlen Group").isEmpty(), e.describeFacts());
    }
}
