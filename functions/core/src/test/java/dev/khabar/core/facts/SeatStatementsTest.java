package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Where an organization sits: "where X is headquartered", "its <place> headquarters", a place opening "X-based". */
class SeatStatementsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void whereTheOrganizationIsHeadquarteredPointsBackToThePlace() {
        Extracted e = x("The two will open a test centre in Tampere, Finland, where Norrland Tools is headquartered.");
        e.requireFact(FactType.LOCATED_IN, "Norrland Tools", "Tampere");
        Extracted based = x("Sales grew fastest in Denver, where Ridgeway Bank is based.");
        based.requireFact(FactType.LOCATED_IN, "Ridgeway Bank", "Denver");
        Extracted other = x("Ridgeway Bank is headquartered, and Kestrel Foods works, in many places.");
        assertTrue(other.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN), other.describeFacts());
    }

    @Test
    void aTownInBracketsAfterTheNameIsTheSeat() {
        x("Kestrel Foods (Leeds, England) will buy two dairies.").requireFact(FactType.LOCATED_IN, "Kestrel Foods", "Leeds");
        x("The plant was sold to Ridgeway Bank (Denver, Colo.) last year.").requireFact(FactType.LOCATED_IN, "Ridgeway Bank", "Denver");
        x("Norrland Tools (Helsinki) opened an office.").requireFact(FactType.LOCATED_IN, "Norrland Tools", "Helsinki");
        Extracted country = x("Norrland Tools (Finland) opened an office.");
        assertTrue(country.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN), country.describeFacts());
    }

    @Test
    void itsPlaceHeadquartersNamesTheOpeningOrganizationsSeat() {
        Extracted e = x("Kestrel Foods plans to expand its Leeds headquarters and hire 200 people.");
        e.requireFact(FactType.LOCATED_IN, "Kestrel Foods", "Leeds");
        assertTrue(e.entity("HQ").isEmpty(), e.names());
        Extracted hq = x("Norrland Tools will move staff to its Austin HQ next year.");
        hq.requireFact(FactType.LOCATED_IN, "Norrland Tools", "Austin");
        assertTrue(hq.entity("HQ").isEmpty(), hq.names());
        Extracted possessive = x("Ridgeway Bank's Denver headquarters will close in March.");
        possessive.requireFact(FactType.LOCATED_IN, "Ridgeway Bank", "Denver");
    }

    @Test
    void unlistedPlaceOpeningASentenceBeforeBased() {
        Extracted e = x("Trivandrum-based Norrland Tools raised $3 million from Kestrel Ventures.");
        assertEquals(EntityType.LOCATION, e.requireEntity("Trivandrum").type(), e.names());
        e.requireFact(FactType.LOCATED_IN, "Norrland Tools", "Trivandrum");
        Extracted other = x("Zwolle-based Ridgeway Bank opened a branch.");
        other.requireFact(FactType.LOCATED_IN, "Ridgeway Bank", "Zwolle");
        Extracted selfWord = x("Self-driving trucks from Norrland Tools were shown.");
        assertTrue(selfWord.entity("Self").isEmpty(), selfWord.names());
    }
}
