package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A plural founders' title picked out of people placed at a company ("engineers at X, including co-founders A and B")
 * or owned by the company right before it ("X's founders A and B") belongs to that company, not to another company
 * the sentence names. Texts written here.
 */
class PickedFoundersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-06-01");
    }

    @Test
    void foundersAmongPeopleAtACompanyFoundedIt() {
        Extracted e = x("Two of the main engineers at Quillpad, including co-founders Maya Lund and Omar Haddad, have moved "
                + "to Austin, where Dell is based.");
        e.requireFact(FactType.FOUNDED, "Maya Lund", "Quillpad");
        e.requireFact(FactType.FOUNDED, "Omar Haddad", "Quillpad");
        assertTrue(e.fact(FactType.FOUNDED, "Maya Lund", "Dell").isEmpty(), e.describeFacts());
    }

    @Test
    void ownedFoundersFoundedNoCompanyQuotedBefore() {
        Extracted e = x("\"We are glad that Intel, Cisco and Oracle have chosen to work with us,\" Quillpad's founders "
                + "Maya Lund and Omar Haddad said.");
        e.requireFact(FactType.FOUNDED, "Omar Haddad", "Quillpad");
        assertTrue(e.fact(FactType.FOUNDED, "Omar Haddad", "Intel").isEmpty(), e.describeFacts());
        assertTrue(e.fact(FactType.FOUNDED, "Maya Lund", "Intel").isEmpty(), e.describeFacts());
    }

    @Test
    void foundersWithNoOwnerStillFoundTheStoryCompany() {
        Extracted e = x("Founders Maya Lund and Omar Haddad have aimed to make Quillpad a leader.");
        e.requireFact(FactType.FOUNDED, "Maya Lund", "Quillpad");
    }
}
