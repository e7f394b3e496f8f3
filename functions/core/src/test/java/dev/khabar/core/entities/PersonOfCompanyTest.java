package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** "Maria Lopez of Quanta Analytics": a person, then the company, not one name joined by "of". Texts written here. */
class PersonOfCompanyTest {
    @Test
    void aPersonOfACompanyIsTwoNames() {
        Extracted x = Extracted.of("Maria Lopez of Quanta Analytics said the market was cooling.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Maria Lopez").type(), x.names());
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Quanta Analytics").type(), x.names());
    }

    @Test
    void thePersonAfterAQuoteToo() {
        Extracted x = Extracted.of("\"Demand is weak,\" said Tom Reyes of Ashby Retail.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Tom Reyes").type(), x.names());
        x.requireEntity("Ashby Retail");
    }

    @Test
    void namesOpeningOnNoGivenNameKeepTheirOf() {
        Extracted x = Extracted.of("Bank of America and the Royal Bank of Canada led the loan.", "2025-01-01");
        x.requireEntity("Bank of America");
        x.requireEntity("Royal Bank of Canada");
    }
}
