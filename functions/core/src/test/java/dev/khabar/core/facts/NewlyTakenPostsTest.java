package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "its newly appointed CEO, X": a post just given is a start; "X, Acme Co.’s CFO, will be based in York": the person is
 * based there, not the company. Texts written here.
 */
class NewlyTakenPostsTest {
    @Test
    void aNewlyAppointedOfficerStarts() {
        Extracted x = Extracted.of("Tarvo Coffee is headquartered in Leeds, but its newly appointed CEO, Ben Cole, "
                + "will stay in Bristol.", "2024-05-02");
        assertEquals("CEO", x.requireFact(FactType.EMPLOYMENT_START, "Ben Cole", "Tarvo Coffee").role());
        assertTrue(x.fact(FactType.ROLE, "Ben Cole", "Tarvo Coffee").isEmpty(), x.describeFacts());
    }

    @Test
    void theOfficerOfACompanyWithAnAbbreviatedEndingIsBasedNotTheCompany() {
        Extracted x = Extracted.of("For one, Ana Ruiz, Brixton Co.’s new finance chief, will be based in York.", "2024-05-02");
        x.requireFact(FactType.EMPLOYMENT_START, "Ana Ruiz", "Brixton Co"); // a new title: the post is taken
        assertTrue(x.fact(FactType.LOCATED_IN, "Brixton Co", "York").isEmpty(), x.describeFacts());
    }
}
