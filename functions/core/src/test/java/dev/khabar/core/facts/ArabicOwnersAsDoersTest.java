package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «مالك جوجل»: a name told as what an owner owns is no doer; with the owner unnamed, no one is (the named owner's
 * cases are in {@link ArabicDealSidesTest}).
 */
class ArabicOwnersAsDoersTest {
    @Test
    void anUnnamedOwnerLeavesTheTakeoverWithoutADoer() {
        Extracted x = Extracted.of("مالك جوجل ينهي محادثات الاستحواذ على شركة كريم", "2024-05-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), x.describeFacts());
    }
}
