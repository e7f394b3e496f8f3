package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * «من مستثمرين أبرزهم A وB», «من بينهم»: "the most prominent of them" opens a round's investors; «صندوقي A وB», «بنكي
 * A وB», dual cue nouns, open a list of companies as «شركتي» does.
 */
class ArabicRoundListOpenersTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "جمعت شركة رافلي 20 مليون دولار من مستثمرين أبرزهم شركة سنام كابيتال وشركة ديم فنتشرز.",
            "جمعت شركة رافلي 20 مليون دولار في جولة شارك فيها مستثمرون أهمهم شركة سنام كابيتال وشركة ديم فنتشرز.",
            "جمعت شركة رافلي 20 مليون دولار في جولة تمويلية شارك فيها مستثمرون من بينهم شركة سنام كابيتال وشركة ديم فنتشرز."})
    void theProminentInvestorsInvest(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, "سنام كابيتال", "رافلي"), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, "ديم فنتشرز", "رافلي"), x.describeFacts());
    }

    @Test
    void aCompanyAfterTheRoundsOtherNewsDoesNot() {
        Extracted x = Extracted.of("جمعت شركة رافلي 20 مليون دولار، وتعمل مع عملاء أبرزهم شركة سنام كابيتال.", "2025-01-01");
        assertFalse(x.spelled("سنام كابيتال").isPresent()
                && x.hasFactByAlias(FactType.INVESTMENT, "سنام كابيتال", "رافلي"), x.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "وحصلت الشركة على قروض من صندوقي زيلترا وكوانتيكس.",
            "وشارك في الصفقة صندوقا زيلترا وكوانتيكس.",
            "وتعاونت الشركة مع مجموعتي زيلترا وكوانتيكس."})
    void aDualCueListsItsNames(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled("زيلترا").isPresent() && x.spelled("كوانتيكس").isPresent(), x.names());
    }
}
