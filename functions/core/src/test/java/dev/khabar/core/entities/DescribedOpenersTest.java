package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * A lone word opening a sentence is a company when an apposition calls it a brand, a chain or a trade, or tells where
 * it is headquartered or based, a relative clause of a thing or its founding hangs on it, or "and" joins it to a name.
 * Texts written here.
 */
class DescribedOpenersTest {
    @Test
    void aBrandInApposition() {
        Extracted x = Extracted.of("ZENVO, a Chinese smartphone brand, has partnered with Altrix Cloud.", "2025-01-01");
        x.requireFact(FactType.PARTNERSHIP, "ZENVO", "Altrix Cloud");
    }

    @Test
    void aTradeOrAChainInApposition() {
        Extracted x = Extracted.of("Marovia, a Kenyan insurer, was acquired by Baltic Re.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Baltic Re", "Marovia");
        Extracted y = Extracted.of("Kopiko, a coffee chain, has laid off 40 workers, said Priya Raman.", "2025-01-01");
        y.requireFact(FactType.LAYOFF, "Kopiko", null);
    }

    @Test
    void aCommonWordInAppositionIsNoCompany() {
        Extracted x = Extracted.of("Growth, a key theme of the year, was slow for Baltic Re.", "2025-01-01");
        assertTrue(x.entity("Growth").isEmpty(), x.names());
        Extracted y = Extracted.of("Meanwhile, based in part on the survey, Baltic Re cut its forecast.", "2025-01-01");
        assertTrue(y.entity("Meanwhile").isEmpty(), y.names());
    }

    @Test
    void aSeatInApposition() {
        Extracted x = Extracted.of("Vantix, headquartered in Austin, Texas, makes chips for cars.", "2025-01-01");
        x.requireFact(FactType.LOCATED_IN, "Vantix", "Austin");
        Extracted y = Extracted.of("Qorvane, which is based in Tallinn, was acquired by Baltic Re.", "2025-01-01");
        y.requireFact(FactType.ACQUISITION, "Baltic Re", "Qorvane");
        Extracted z = Extracted.of("Lumexa, based in Porto, raised $12 million from Northzone.", "2025-01-01");
        z.requireFact(FactType.INVESTMENT, "Northzone", "Lumexa");
    }

    @Test
    void aRelativeClauseHangsOnIt() {
        Extracted x = Extracted.of("Lumora, which is backed by Nvidia, raised $50 million.", "2025-01-01");
        x.requireFact(FactType.FUNDING_ROUND, "Lumora", null);
        assertTrue(x.fact(FactType.FUNDING_ROUND, "Nvidia", null).isEmpty(), x.describeFacts());
        Extracted y = Extracted.of("Kestrel, which makes drones, was bought by Orion for $20 million.", "2025-01-01");
        y.requireFact(FactType.ACQUISITION, "Orion", "Kestrel");
    }

    @Test
    void aCommonOpenerBeforeWhichIsNoName() {
        Extracted x = Extracted.of("Meanwhile, which banks will lend to Baltic Re remains open.", "2025-01-01");
        assertTrue(x.entity("Meanwhile").isEmpty(), x.names());
        Extracted y = Extracted.of("However, which of them will lead Baltic Re is unclear.", "2025-01-01");
        assertTrue(y.entity("However").isEmpty(), y.names());
    }

    @Test
    void itsFoundingInApposition() {
        Extracted x = Extracted.of("Brightwave, founded in 2019 by Jane Roe and Tom Lee, makes payment software.", "2025-01-01");
        x.requireFact(FactType.FOUNDED, "Jane Roe", "Brightwave");
        x.requireFact(FactType.FOUNDED, "Tom Lee", "Brightwave");
        Extracted y = Extracted.of("Today, started in the morning by Baltic Re, the talks went on.", "2025-01-01");
        assertTrue(y.entity("Today").isEmpty(), y.names());
    }

    @Test
    void joinedByAndToAName() {
        Extracted x = Extracted.of("Orvane and Delcor signed a partnership to build data centres.", "2025-01-01");
        x.requireFact(FactType.PARTNERSHIP, "Orvane", "Delcor");
        Extracted y = Extracted.of("Kelvaro and Baltic Re will merge next year.", "2025-01-01");
        assertTrue(y.entity("Kelvaro").isPresent(), y.names());
        Extracted z = Extracted.of("Revenue and Profit rose for Baltic Re in the quarter.", "2025-01-01");
        assertTrue(z.entity("Revenue").isEmpty(), z.names());
    }
}
