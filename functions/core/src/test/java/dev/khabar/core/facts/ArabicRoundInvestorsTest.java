package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A round's investors told by a verb of leading or taking part: in a relative clause on the round («جولة قادتها X»,
 * «شاركت فيها A وB»), or in a sentence naming the round told before («وقادت الجولة X», «وشمل مستثمرو الجولة A وB»).
 */
class ArabicRoundInvestorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "حصلت شركة نوفابيت على 40 مليون دولار في جولة تمويلية قادتها شركة سيكويا.|سيكويا|نوفابيت",
            "أغلقت شركة نوفابيت جولة تمويل بقيمة 12 مليون دولار شاركت فيها شركة سيكويا وصندوق كوردا.|صندوق كوردا|نوفابيت",
            "جمعت شركة نوفابيت 8 ملايين دولار في جولة تمويلية. وقادت الجولة شركة سيكويا.|سيكويا|نوفابيت",
            "جمعت شركة نوفابيت 8 ملايين دولار في جولة تمويلية. وشارك في الجولة التمويلية كل من سيكويا وصندوق كوردا.|صندوق كوردا|نوفابيت",
            "جمعت شركة نوفابيت 8 ملايين دولار في جولة تمويلية. وشمل مستثمرو الجولة شركتي سيكويا وكوردا.|سيكويا|نوفابيت"})
    void theRoundsInvestorsInvestInItsRaiser(String text, String investor, String raiser) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, investor, raiser), x.describeFacts());
    }

    @Test
    void theLeaderOfARoundToldBeforeRaisesNoRoundOfItsOwn() {
        Extracted x = Extracted.of("جمعت شركة نوفابيت 8 ملايين دولار في جولة تمويلية. وقادت الجولة التمويلية شركة سيكويا.",
                "2025-01-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.FUNDING_ROUND
                && f.subject().equals(x.withAlias("سيكويا").id())), x.describeFacts());
    }
}
