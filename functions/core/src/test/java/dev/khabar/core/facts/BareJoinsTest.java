package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A join naming no company after it, by a person named with a title the company owns ("Acme's CEO, X, joined in
 * 2010"); hires told with "roped in"; titled persons coordinated with the one hired. Texts written here.
 */
class BareJoinsTest {
    @Test
    void possessedTitleBeforeTheNameWithCommas() {
        Extracted x = Extracted.of("Brenna Defence's chief executive, Leo Marsh, joined in 2010 from a rival.", "2013-01-31");
        assertEquals("2010", x.requireFact(FactType.EMPLOYMENT_START, "Leo Marsh", "Brenna Defence").date().value());
        assertEquals("CEO", x.requireFact(FactType.ROLE, "Leo Marsh", "Brenna Defence").role());
    }

    @Test
    void possessedTitleRightBeforeTheName() {
        Extracted x = Extracted.of("Dorne Analytics's finance chief Maya Ortiz joined last March from a rival.", "2020-01-10");
        x.requireFact(FactType.EMPLOYMENT_START, "Maya Ortiz", "Dorne Analytics");
    }

    @Test
    void aFormerTitleIsNoCompanyJoined() {
        Extracted x = Extracted.of("Halvex Robotics's former chief executive, Tom Beale, joined in 2015.", "2020-01-10");
        assertFalse(x.hasFactOfType(FactType.EMPLOYMENT_START));
        Extracted y = Extracted.of("Tom Reyes, a former Arvo Bank director, joined in 2012.", "2020-01-10");
        assertFalse(y.hasFactOfType(FactType.EMPLOYMENT_START));
    }

    @Test
    void joiningAnEventIsNoMove() {
        Extracted x = Extracted.of("Kestrel Bank's head of sales, Ana Ruiz, joined the protest in 2019.", "2020-01-10");
        assertFalse(x.hasFactOfType(FactType.EMPLOYMENT_START));
    }

    @Test
    void ropedIn() {
        Extracted x = Extracted.of("Nadim Foods roped in Karim Said, a former Pelham Drinks executive, in May.", "2020-01-10");
        x.requireFact(FactType.EMPLOYMENT_START, "Karim Said", "Nadim Foods");
    }

    @Test
    void titledPersonsCoordinatedWithTheOneHired() {
        Extracted x = Extracted.of("Last year Lindqvist Capital grew its team by roping in former Norda Bank head "
                + "Eva Lind and former Carta Group head Omar Haddad.", "2020-01-10");
        x.requireFact(FactType.EMPLOYMENT_START, "Eva Lind", "Lindqvist Capital");
        x.requireFact(FactType.EMPLOYMENT_START, "Omar Haddad", "Lindqvist Capital");
        assertFalse(x.fact(FactType.EMPLOYMENT_START, "Omar Haddad", "Carta Group").isPresent());
    }

    @Test
    void anEmployerToldAsPreviousIsNotTheOneJoined() {
        Extracted x = Extracted.of("Calder Insurance said Leo Hart, previously at Brenner Re, would join as CFO.", "2020-01-10");
        x.requireFact(FactType.EMPLOYMENT_START, "Leo Hart", "Calder Insurance");
        assertFalse(x.fact(FactType.EMPLOYMENT_START, "Leo Hart", "Brenner Re").isPresent());
        Extracted y = Extracted.of("Calder Insurance said Leo Hart, formerly with Brenner Re, would join in March.", "2020-01-10");
        assertFalse(y.fact(FactType.EMPLOYMENT_START, "Leo Hart", "Brenner Re").isPresent());
    }
}
