package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** All a company raised so far is not the sum of the round the sentence tells. Texts written here. */
class CumulativeFundingTest {
    private static BigDecimal round(String text) {
        Extracted x = Extracted.of(text, "2025-06-01");
        return x.requireFact(FactType.FUNDING_ROUND, "Orvel", null).amount().value();
    }

    @Test
    void theRoundNotTheTotal() {
        assertEquals(0, BigDecimal.valueOf(6_000_000).compareTo(round(
                "Orvel had raised a total of $12.5m in funding, most recently obtaining $6m in a series B round led by Vela Capital.")));
        assertEquals(0, BigDecimal.valueOf(6_000_000).compareTo(round(
                "Orvel raised $6m in a series B round led by Vela Capital, bringing its total funding to $12.5m.")));
    }

    @Test
    void aTotalAloneIsKept() {
        assertEquals(0, BigDecimal.valueOf(12_500_000).compareTo(round("Orvel raised a total of $12.5m in a series B round.")));
        assertEquals(0, BigDecimal.valueOf(12_500_000).compareTo(round(
                "Orvel, which raised a total of $12.5m, and Delmi, which raised $80m in total funding, were left off the list.")));
    }
}
