package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A known one-word company right after a given name is the family name of a person ("Nora Siemens"). Texts written here. */
class GivenNameBeforeCompanyTest {
    @Test
    void aPersonNamedLikeACompanyHoldsATitle() {
        Extracted x = Extracted.of("Nora Gartner, Halden Bank’s head of lending, spoke at the conference.", "2020-01-10");
        assertEquals(EntityType.PERSON, x.requireEntity("Nora Gartner").type(), x.names());
        x.requireFact(FactType.ROLE, "Nora Gartner", "Halden Bank");
        assertFalse(x.entity("Gartner").isPresent(), x.names());
    }

    @Test
    void theCompanyAloneStaysACompany() {
        Extracted x = Extracted.of("Analysts at Siemens said demand would rise. Paul Siemens, a farmer, disagreed.",
                "2020-01-10");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Siemens").type(), x.names());
        assertEquals(EntityType.PERSON, x.requireEntity("Paul Siemens").type(), x.names());
    }

    @Test
    void aQuestionsModalIsNoGivenName() {
        Extracted x = Extracted.of("Will Boeing buy the supplier? Analysts doubt it.", "2020-01-10");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Boeing").type(), x.names());
    }
}
