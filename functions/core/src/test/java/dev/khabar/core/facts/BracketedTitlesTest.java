package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "Mr. Farid Osmani (Chief Operating Officer, Nexatel)": a title in brackets right after a name is that person's, at the
 * organization the brackets name, never at a company named outside them. Texts written here.
 */
class BracketedTitlesTest {
    private static final String SIGNING = "The signing was witnessed by Mr. Farid Osmani (Chief Operating Officer, Nexatel),"
            + " Ms. Rana Aziz, (Director Corporate Affairs, Orvix) and Mr. Peter Walsh (Executive Director Procurement, Orvix).";

    @Test
    void eachBracketedTitleBelongsToTheNameBeforeIt() {
        Extracted e = Extracted.of(SIGNING, "2024-05-10");
        assertEquals("COO", e.requireFact(FactType.ROLE, "Farid Osmani", "Nexatel").role());
        e.requireFact(FactType.ROLE, "Rana Aziz", "Orvix");
        e.requireFact(FactType.ROLE, "Peter Walsh", "Orvix");
    }

    @Test
    void theEmployerIsTheOneInTheBrackets() {
        Extracted e = Extracted.of(SIGNING, "2024-05-10");
        assertFalse(e.fact(FactType.ROLE, "Peter Walsh", "Nexatel").isPresent(), e.describeFacts());
        assertFalse(e.fact(FactType.ROLE, "Rana Aziz", "Nexatel").isPresent(), e.describeFacts());
    }
}
