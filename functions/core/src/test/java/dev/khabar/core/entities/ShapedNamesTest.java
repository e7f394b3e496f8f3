package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Brand-shaped company names: a number glued to the first word, a small prefix before a capital. Texts written here. */
class ShapedNamesTest {
    @Test
    void aNumberGluedToLettersOpensTheName() {
        Extracted x = Extracted.of("Lakeview Bank has acquired 12x Robotics, a warehouse automation startup, for $40 million.",
                "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Lakeview Bank", "12x Robotics");
        Extracted y = Extracted.of("3D Printworks raised $15 million in a Series A round led by Harbor Ventures.", "2025-01-01");
        y.requireFact(FactType.INVESTMENT, "Harbor Ventures", "3D Printworks");
    }

    @Test
    void aNumberGluedToACoinedWordOpensTheName() {
        Extracted x = Extracted.of("Pelham Capital invested $8 million in 4Sight Analytics, the company said on Monday.",
                "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Pelham Capital", "4Sight Analytics");
        Extracted y = Extracted.of("9Fold Systems has laid off about 120 employees, the firm disclosed in a filing.", "2025-01-01");
        y.requireFact(FactType.LAYOFF, "9Fold Systems", null);
    }

    @Test
    void unitsAndCommonWordsAfterANumberOpenNoName() {
        Extracted x = Extracted.of("The company raised $20m Series A funding from Aster Capital in 2023.", "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.name().startsWith("20")), x.names());
        Extracted y = Extracted.of("The 3D Printing market is expected to grow, according to Mordor Research.", "2025-01-01");
        assertTrue(y.document().entities().stream().noneMatch(e -> e.name().startsWith("3D")), y.names());
        Extracted z = Extracted.of("Ukraine was discussed at the G7 Summit in Rome on the 3rd Day.", "2025-01-01");
        assertTrue(z.document().entities().stream().noneMatch(e -> e.name().contains("3rd")), z.names());
    }

    @Test
    void aChemicalFormulaOrAnExhibitionIsNoOrganization() {
        Extracted x = Extracted.of("Its plant cuts CO2 and CH4 output, Brenwick said at the Oman International Mining Exhibition.",
                "2025-01-01");
        assertEquals(List.of("Brenwick"), x.document().entities().stream().map(e -> e.name()).toList(), x.names());
    }

    @Test
    void aWorldCongressIsAGatheringButCongressIsABody() {
        Extracted x = Extracted.of("Brenwick Mobile unveiled the handset at Mobile World Congress in Barcelona.", "2025-01-01");
        assertTrue(x.entity("Mobile World Congress").isEmpty(), x.names());
        x.requireEntity("Brenwick Mobile");
        Extracted y = Extracted.of("Brenwick said the Tarvonian National Congress approved the licence.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, y.requireEntity("Tarvonian National Congress").type(), y.names());
    }

    @Test
    void aRunBeforeATitleAndAPersonIsThePersonsEmployer() {
        Extracted x = Extracted.of("Hana Freight CTO Park Seo-yeon met Lina Bank CEO Tom Hale in Busan.", "2025-01-01");
        x.requireFact(FactType.ROLE, "Park Seo-yeon", "Hana Freight");
        x.requireFact(FactType.ROLE, "Tom Hale", "Lina Bank");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Hana Freight").type(), x.names());
    }

    @Test
    void aSmallPrefixBeforeACapitalIsABrand() {
        Extracted x = Extracted.of("Tenzor Group acquired eVolta, an electric scooter maker, for an undisclosed sum.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Tenzor Group", "eVolta");
        Extracted y = Extracted.of("iLumen raised $20 million from Quartz Partners in a Series B round.", "2025-01-01");
        y.requireFact(FactType.INVESTMENT, "Quartz Partners", "iLumen");
        Extracted z = Extracted.of("nVenta Health said it would cut 200 jobs.", "2025-01-01");
        assertTrue(z.requireEntity("nVenta Health").type() == EntityType.ORGANIZATION, z.names());
    }

    @Test
    void prefixedCommonWordsAreNoNames() {
        Extracted x = Extracted.of("Its eCommerce sales rose 20% while its iGaming unit shrank and eBikes sold well, said Falk Group.",
                "2025-01-01");
        assertTrue(x.document().entities().stream().allMatch(e -> e.name().equals("Falk Group")), x.names());
        Extracted y = Extracted.of("The mRNA vaccine was discussed at length by Ardent Bio.", "2025-01-01");
        assertTrue(y.entity("mRNA").isEmpty(), y.names());
    }
}
