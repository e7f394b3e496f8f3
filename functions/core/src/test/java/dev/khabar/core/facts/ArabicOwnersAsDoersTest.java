package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «ألفابت المالكة لشركة جوجل للاستحواذ على X»: a name told as what an owner owns is no doer; the owner is. */
class ArabicOwnersAsDoersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وانتهت المحادثات بين شركة ألفابت المالكة لشركة جوجل للاستحواذ على شركة كريم.|Alphabet|كريم",
            "وتجري مجموعة سوفت بنك، المالكة لشركة أرم، محادثات للاستحواذ على شركة «زيفرا».|SoftBank|زيفرا"})
    void theOwnerNamedBeforeItsCompanyIsTheBuyer(String text, String owner, String target) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.ACQUISITION, owner, target);
    }

    @Test
    void anUnnamedOwnerLeavesTheTakeoverWithoutADoer() {
        Extracted x = Extracted.of("مالك جوجل ينهي محادثات الاستحواذ على شركة كريم", "2024-05-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), x.describeFacts());
    }
}
