package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "X, who previously ran payments at Acme", "X headed up Acme's Gulf unit", "X oversaw engineering at Acme": a verb of
 * heading in the past, or of overseeing, with the unit's company after it, tells a post held there. Its leader is
 * named right before it, and what is led is no deal ("led the round in Acme") and no way gone ("heads to Dubai").
 * Texts written here.
 */
class PastHeadsOfUnitsTest {
    private static void heads(String text, String person, String org) {
        Extracted e = Extracted.of("Markets rose on Monday.\n" + text, "2024-05-10");
        assertEquals("head", e.requireFact(FactType.ROLE, person, org).role());
    }

    private static void noPost(String text, String person, String org) {
        Extracted e = Extracted.of("Markets rose on Monday.\n" + text, "2024-05-10");
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @Test
    void aRelativeClauseInThePast() {
        heads("Talia Brenner, who previously ran logistics at Quorvix Freight, will join the board of Halden Bank.",
                "Talia Brenner", "Quorvix Freight");
    }

    @Test
    void headedUpTheCompanysRegionalUnit() {
        heads("Omar Castellane headed up Zentaro Mobile's Nordic division until last year.", "Omar Castellane",
                "Zentaro Mobile");
    }

    @Test
    void oversawAFieldAtTheCompany() {
        heads("Before that, Priya Lindqvist oversaw engineering at Brevant Systems for seven years.", "Priya Lindqvist",
                "Brevant Systems");
    }

    @Test
    void theUnitsRegionBeforeTheCompany() {
        heads("Marek Ostrowski, who heads up the Asia unit at Kellbrook Insurance, spoke to reporters.", "Marek Ostrowski",
                "Kellbrook Insurance");
    }

    @Test
    void aUnitPhraseWithItsCompanyAfterAt() {
        heads("Ines Valcourt leads the retail business at Dorvane Capital.", "Ines Valcourt", "Dorvane Capital");
    }

    @Test
    void formerlyLedTheCompanysBusiness() {
        heads("Rui Takamori, who formerly led Ostrel Payments' European business, joined Halden Bank.", "Rui Takamori",
                "Ostrel Payments");
    }

    @Test
    void aRoundLedIsNoPost() {
        noPost("Rui Takamori previously led the $8 million round in Ostrel Payments.", "Rui Takamori", "Ostrel Payments");
    }

    @Test
    void theCompanysOwnBidLedIsNoPost() {
        noPost("Rui Takamori once led Ostrel Payments' bid for a rival.", "Rui Takamori", "Ostrel Payments");
    }

    @Test
    void aTakeoverOverseenIsNoPost() {
        noPost("Rui Takamori oversaw the acquisition of Ostrel Payments.", "Rui Takamori", "Ostrel Payments");
    }

    @Test
    void aPersonNamedEarlierIsNotTheDoerOfAPastVerb() {
        noPost("Rui Takamori said the lender ran a pilot with Ostrel Payments.", "Rui Takamori", "Ostrel Payments");
    }

    @Test
    void aWayGoneIsNoPost() {
        noPost("Rui Takamori heads to Dubai to meet Ostrel Payments.", "Rui Takamori", "Ostrel Payments");
    }
}
