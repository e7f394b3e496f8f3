package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** An organization's Arabic name alone in parentheses after an organization's name is its other name. Texts written here. */
class ArabicParenthesizedNamesTest {
    @Test
    void theNameInParenthesesIsTheSameCompany() {
        Extracted x = Extracted.of("أبرمت شركة “اتصالات المغرب” وشركة “وانا” (إنوي) اتفاقية شراكة موسعة.", "2025-04-14");
        assertEquals(x.requireEntity("Inwi").id(), x.withAlias("وانا").id(), x.names());
        assertTrue(x.fact(FactType.PARTNERSHIP, "Inwi", "وانا").isEmpty(), x.describeFacts());
        x.requireFact(FactType.PARTNERSHIP, "Inwi", "Maroc Telecom");
    }

    @Test
    void aQuotedBrandTakesItsParenthesizedLongName() {
        Extracted x = Extracted.of("وقعت شركة “زين” (زين السعودية) اتفاقية مع شركة هواوي.", "2025-04-14");
        assertEquals(x.requireEntity("Zain").id(), x.withAlias("زين السعودية").id(), x.names());
        x.requireFact(FactType.PARTNERSHIP, "Zain", "Huawei");
    }

    @Test
    void aPlaceInParenthesesStaysAPlace() {
        Extracted x = Extracted.of("وقعت شركة أرامكو (السعودية) اتفاقية مع شركة توتال.", "2025-04-14");
        assertTrue(x.entity("Saudi Arabia").isEmpty() || !x.requireEntity("Saudi Arabia").id().equals(x.requireEntity("Saudi Aramco").id()),
                x.names());
    }
}
