package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "Acme Holdings Inc. CEO X": the company before the title owns it, past its ending's period. Texts written here. */
class TitleAfterAbbreviatedEndingTest {
    @Test
    void theCompanyBeforeThePeriodOwnsTheTitle() {
        Extracted x = Extracted.of("Norcastle Bank is based in Leeds. Meanwhile, Tallow Foods Holdings Inc. CEO Marc Ruiz "
                + "splits his week between Austin and Denver.", "2024-05-02");
        x.requireFact(FactType.ROLE, "Marc Ruiz", "Tallow Foods Holdings Inc");
        assertTrue(x.fact(FactType.ROLE, "Marc Ruiz", "Norcastle Bank").isEmpty(), x.describeFacts());
    }
}
