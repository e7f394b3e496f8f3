package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A town before a company's noun and its name seats it without an article when the phrase opens the sentence or
 * follows a preposition ("Cairo startup X raised …", "invested in Nairobi lender X"); a seat told in a conceding
 * opening clause seats the doer after it ("While headquartered in Cairo, X …"). Texts written here.
 */
class TownNounSeatsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aHeadlineTownNounAndName() {
        x("London fintech Brevora has lost three directors.").requireFact(FactType.LOCATED_IN, "Brevora", "London");
        x("Cairo startup Quillon raised $3 million in seed funding.").requireFact(FactType.LOCATED_IN, "Quillon", "Cairo");
    }

    @Test
    void afterAPreposition() {
        x("Orchid Capital invested in Nairobi lender Tesselo last year.").requireFact(FactType.LOCATED_IN, "Tesselo", "Nairobi");
    }

    @Test
    void aCountryBeforeTheNounIsANationalityNoSeat() {
        Extracted e = x("Kenya lender Tesselo posted a profit.");
        assertTrue(e.fact(FactType.LOCATED_IN, "Tesselo", "Kenya").isEmpty(), e.describeFacts());
    }

    @Test
    void aConcedingClauseOpeningOnTheSeat() {
        x("While headquartered in Cairo, Lumora has hired engineers in Nairobi.").requireFact(FactType.LOCATED_IN, "Lumora", "Cairo");
        x("Although based in Lisbon, Marvessa sells mostly in Spain.").requireFact(FactType.LOCATED_IN, "Marvessa", "Lisbon");
    }

    @Test
    void aVisitIsNoSeat() {
        Extracted e = x("While in Cairo, Lumora signed a deal with Orchid Capital.");
        assertTrue(e.fact(FactType.LOCATED_IN, "Lumora", "Cairo").isEmpty(), e.describeFacts());
    }
}
