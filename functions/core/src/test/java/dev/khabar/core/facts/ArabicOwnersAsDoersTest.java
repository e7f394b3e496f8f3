package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «ألفابت المالكة لشركة جوجل للاستحواذ على X»: a name told as what an owner owns is no doer; the owner is. */
class ArabicOwnersAsDoersTest {
    @Test
    void theOwnerNamedBeforeItsCompanyIsTheBuyer() {
        Extracted.of("وانتهت المحادثات بين شركة ألفابت المالكة لشركة جوجل للاستحواذ على شركة كريم.", "2024-05-10")
                .requireFact(FactType.ACQUISITION, "Alphabet", "كريم");
        Extracted.of("وتجري مجموعة سوفت بنك، المالكة لشركة أرم، محادثات للاستحواذ على شركة «زيفرا».", "2024-05-10")
                .requireFact(FactType.ACQUISITION, "SoftBank", "زيفرا");
    }

    @Test
    void anUnnamedOwnerLeavesTheTakeoverWithoutADoer() {
        Extracted x = Extracted.of("مالك جوجل ينهي محادثات الاستحواذ على شركة كريم", "2024-05-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), x.describeFacts());
    }
}
