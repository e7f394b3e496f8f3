package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "A and B, as well as C": C is one more member of the list. Texts written here. */
class AsWellAsListsTest {
    @Test
    void partneringWithAListEndingAsWellAs() {
        Extracted x = Extracted.of("Helix Telecom has signed partnerships with Tarrant Networks and Orlen Radio, as well as "
                + "Kemp Devices.", "2020-01-10");
        x.requireFact(FactType.PARTNERSHIP, "Helix Telecom", "Tarrant Networks");
        x.requireFact(FactType.PARTNERSHIP, "Helix Telecom", "Kemp Devices");
    }

    @Test
    void boughtOneAsWellAsAnother() {
        Extracted x = Extracted.of("Varden Foods bought Orvel Labs, as well as Pemry Health.", "2020-01-10");
        x.requireFact(FactType.ACQUISITION, "Varden Foods", "Pemry Health");
    }

    @Test
    void asWellAsBeforeNoNameAddsNoMember() {
        Extracted x = Extracted.of("Halden Bank invested in Orvel Labs, as well as in property in Leeds.", "2020-01-10");
        x.requireFact(FactType.INVESTMENT, "Halden Bank", "Orvel Labs");
        assertFalse(x.fact(FactType.INVESTMENT, "Halden Bank", "Leeds").isPresent(), x.describeFacts());
    }
}
