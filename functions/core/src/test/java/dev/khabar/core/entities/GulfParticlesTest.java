package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** "Al" and "Bin" inside a Gulf name written in English count as particles, not as words of the name. Texts written here. */
class GulfParticlesTest {
    @Test
    void aFourWordNameWithAlIsAPersonByItsTitle() {
        Extracted x = Extracted.of("The deal was signed by Rashid Obaid Al Nuaimi, chairman of Falcon Holdings.", "2025-01-01");
        assertTrue(x.hasTitleByAlias("Rashid Obaid Al Nuaimi", "Falcon Holdings"), x.describeFacts());
    }

    @Test
    void binInsideTheNameToo() {
        Extracted x = Extracted.of("Saif Khalfan Bin Ali, chief executive of Dune Logistics, said the firm would expand.",
                "2025-01-01");
        assertEquals(EntityType.PERSON, x.requireEntity("Saif Khalfan Bin Ali").type(), x.names());
    }

    @Test
    void aCompanyWithAlStaysACompany() {
        Extracted x = Extracted.of("Bank Al Etihad said its profit rose, according to chairman Ali Nasser.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Bank Al Etihad").type(), x.names());
    }
}
