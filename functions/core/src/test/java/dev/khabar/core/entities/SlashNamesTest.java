package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names with words glued by a slash ("Ground/Air Task Oriented Radar") or a plus ("Kuehne+Nagel") are one name, as is
 * a name with a plus closing it ("Galaxy S23+"); their acronym in parentheses ("G/ATOR") another spelling of it; a made thing before "systems" or "radar" is a product.
 */
class SlashNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "It supports the Ground/Air Task Oriented Radar (G/ATOR) program.|Ground/Air Task Oriented Radar|G/ATOR",
            "The Sea/Land Cargo Tracker (S/LCT) went live in May.|Sea/Land Cargo Tracker|S/LCT",
            "Work on the Cyber/Missile Defense Suite (C/MDS) slowed.|Cyber/Missile Defense Suite|C/MDS"})
    void theSlashJoinsOneNameAndItsAcronym(String text, String name, String acronym) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.requireEntity(name).aliases().contains(acronym), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kuehne+Nagel agreed to buy Quantix for $300 million.|ACQUISITION|Kuehne+Nagel|Quantix",
            "Hartmann+Rau won a contract from Siemens to build two depots.|CONTRACT|Hartmann+Rau|Siemens",
            "استحوذت شركة Brandt+Vogel على شركة Lumera الألمانية.|ACQUISITION|Brandt+Vogel|Lumera",
            "Samsung launched the Galaxy S23+ in India on Friday.|PRODUCT_LAUNCH|Samsung|Galaxy S23+",
            "أطلقت سامسونج هاتف Galaxy S24+ في السوق المصرية.|PRODUCT_LAUNCH|Samsung|Galaxy S24+",
            "ESPN launched ESPN+, a streaming service, in 2018.|PRODUCT_LAUNCH|ESPN|ESPN+",
            "Samsung launched the Galaxy S23, S23+ and S23 Ultra on Wednesday.|PRODUCT_LAUNCH|Samsung|S23+",
            "Paramount Global rolled out Paramount+, its streaming service, in March.|PRODUCT_LAUNCH|Paramount Global|Paramount+"})
    void aPlusGluedToANameIsPartOfIt(String text, String type, String subject, String object) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFact(FactType.valueOf(type), subject, object);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vexa + Lumo, a joint venture, hired Mara Lind as its CFO.|Vexa + Lumo|Vexa+Lumo",
            "Shares of Vexa+ rose after Lumo hired Mara Lind.|Vexa+ rose|Vexa+rose"})
    void aSpacedOrTrailingPlusJoinsNothing(String text, String spaced, String glued) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(spaced).isEmpty() && x.entity(glued).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Elbit will make Squad Binocular Night Vision Goggle systems for the army.|Squad Binocular Night Vision Goggle",
            "The army bought Kestrel Vision radars last year.|Kestrel Vision",
            "Corvane ships Falcon Eye goggles to police forces.|Falcon Eye"})
    void aNameBeforeSystemsIsAProduct(String text, String product) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.PRODUCT, x.requireEntity(product).type(), x.names());
    }
}
