package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "TITLE of COMPANY PERSON" with no comma: the title's employer, then its holder, two names; and a company's pharmacy
 * unit is a unit of its own, not the company. Texts written here.
 */
class TitledEmployerThenHolderTest {
    @Test
    void theEmployerEndsBeforeTheHoldersGivenName() {
        Extracted x = Extracted.of("Halden hired former president of Vantor Aberline Peter Lundgate as its chair.",
                "2024-05-02");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Vantor Aberline").type(), x.names());
        assertEquals(EntityType.PERSON, x.requireEntity("Peter Lundgate").type(), x.names());
    }

    @Test
    void aPharmacyUnitIsNotItsCompany() {
        Extracted x = Extracted.of("Orlo sells drugs online. The head of Orlo Pharmacy, Steve Buck, quit Orlo in May.",
                "2024-05-02");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Orlo").type(), x.names());
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Orlo Pharmacy").type(), x.names());
    }
}
