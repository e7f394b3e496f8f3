package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "X counts A and B among its backers": each name counted invests in X. Texts written here. */
class CountedBackersTest {
    @Test
    void eachNameCountedAmongTheBackersInvests() {
        Extracted e = Extracted.of("Pexaro Software counts Andreessen Horowitz and Benchmark among its backers.", "2024-05-10");
        e.requireFact(FactType.INVESTMENT, "Andreessen Horowitz", "Pexaro Software");
        e.requireFact(FactType.INVESTMENT, "Benchmark", "Pexaro Software");
    }

    @Test
    void aRelativeClauseCountsForTheNameBefore() {
        Extracted.of("Nuvexa Energy, which counts Temasek among its early investors, plans to list in 2025.", "2024-05-10")
                .requireFact(FactType.INVESTMENT, "Temasek", "Nuvexa Energy");
        Extracted.of("Orbitex Aerospace has long counted Sequoia Capital among its investors.", "2024-05-10")
                .requireFact(FactType.INVESTMENT, "Sequoia Capital", "Orbitex Aerospace");
    }

    @Test
    void customersCountedAreNoInvestors() {
        Extracted e = Extracted.of("Pexaro Software counts Walmart and Target among its customers.", "2024-05-10");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), e.describeFacts());
    }
}
