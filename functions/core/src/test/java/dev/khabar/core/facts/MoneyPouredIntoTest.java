package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * Money "poured", "pumped" or "injected" into a company is an investment in it; the same verbs with goods put into a
 * place state nothing. Texts written here.
 */
class MoneyPouredIntoTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    private static boolean none(Extracted e, FactType type) {
        return e.document().facts().stream().noneMatch(f -> f.type() == type);
    }

    @Test
    void moneyPutIntoACompanyIsAnInvestmentInIt() {
        x("Halcyon Capital poured $50 million into Orbitex Aerospace last month.")
                .requireFact(FactType.INVESTMENT, "Halcyon Capital", "Orbitex Aerospace");
        x("Temasek pumped $40 million into Nuvexa Energy in 2023.").requireFact(FactType.INVESTMENT, "Temasek", "Nuvexa Energy");
        x("Brookfield injected a further $25 million into Calloway Biotech.")
                .requireFact(FactType.INVESTMENT, "Brookfield", "Calloway Biotech");
    }

    @Test
    void waterPumpedIntoAWellIsNoInvestment() {
        Extracted e = x("Chevron pumped water into the old wells to keep the pressure up.");
        assertTrue(none(e, FactType.INVESTMENT), e.describeFacts());
    }
}
