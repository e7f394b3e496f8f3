package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "the deal with X" takes its type from the deal told around it; a nominal acquisition names its object after "of". */
class DealNounsTest {
    @Test
    void calledOffDealIsTheAcquisitionToldNextToIt() {
        Extracted en = Extracted.of("Oracle scrapped the $3 billion deal with Nimbus Labs on March 4, 2024. The takeover, "
                + "first announced in 2023, had drawn scrutiny.", "2024-03-05");
        Fact f = en.requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs");
        assertEquals("failed", f.status());
        assertEquals("2024-03-04", f.date().value());
    }

    @Test
    void aDealWithNoKindAroundStatesNothing() {
        Extracted en = Extracted.of("Oracle struck a deal with Nimbus Labs. Analysts were surprised.", "2024-03-05");
        assertTrue(en.document().facts().isEmpty(), en.describeFacts());
    }

    @Test
    void contractToldAroundTheDeal() {
        Extracted en = Extracted.of("Nimbus Labs signed a $40 million deal with Oracle. The contract runs for five years.",
                "2024-03-05");
        en.requireFact(FactType.CONTRACT, "Nimbus Labs", "Oracle");
    }

    @Test
    void nominalAcquisitionByAnAgentOfAnUnnamedTarget() {
        Extracted en = Extracted.of("Regulators in the European Union said the acquisition by Oracle of its main rival "
                + "would hurt buyers.", "2024-03-05");
        assertTrue(en.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), en.describeFacts());
        Extracted named = Extracted.of("Regulators cleared the acquisition by Oracle of Nimbus Labs.", "2024-03-05");
        named.requireFact(FactType.ACQUISITION, "Oracle", "Nimbus Labs");
    }
}
