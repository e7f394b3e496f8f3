package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;

/** A known body whose name opens on its country keeps the country however it is spelled. Texts written here. */
class CountryOpenedNamesTest {
    @Test
    void theCountryWithoutItsDotsOpensTheKnownName() {
        Extracted x = Extracted.of("The US Securities and Exchange Commission fined Kestrel Bank $5 million.", "2025-01-01");
        x.withAlias("US Securities and Exchange Commission");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().equals("United States")), x.names());
    }

    @Test
    void afterAPrepositionToo() {
        Extracted x = Extracted.of("Orbis Systems disclosed the layoffs in a filing with the US Securities and Exchange "
                + "Commission.", "2025-01-01");
        x.withAlias("US Securities and Exchange Commission");
    }

    @Test
    void aCountryBeforeAKnownNameNotOpeningOnItStaysAPlace() {
        Extracted x = Extracted.of("Kestrel Bank opened offices in Kenya and Securities and Exchange Commission staff visited.",
                "2025-01-01");
        x.requireEntity("Kenya");
    }
}
