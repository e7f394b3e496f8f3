package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «سرحت شركات كبرى مثل A وB …»: doers named as examples of a plural company noun after the verb. Texts written here. */
class ArabicExampleDoersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void largeCompaniesSuchAsCarriedOutLayoffs() {
        Extracted e = x("ونفذت شركات كبرى مثل إنتل ومايكروسوفت عمليات تسريح طالت 8 آلاف موظف.");
        e.requireFact(FactType.LAYOFF, "Intel", null);
        e.requireFact(FactType.LAYOFF, "Microsoft", null);
    }

    @Test
    void giantCompaniesSuchAsLaidOffStaff() {
        Extracted e = x("وسرحت شركات عملاقة مثل إنتل ومايكروسوفت 5 آلاف موظف هذا العام.");
        e.requireFact(FactType.LAYOFF, "Intel", null);
        e.requireFact(FactType.LAYOFF, "Microsoft", null);
    }

    @Test
    void examplesAfterANounThatIsNoVerbsDoerDoNothing() {
        Extracted e = x("وقال مستثمرون مثل سيكويا إن شركة تمارا سرحت 50 موظفا.");
        e.requireFact(FactType.LAYOFF, "Tamara", null);
        assertFalse(e.fact(FactType.LAYOFF, "Sequoia Capital", null).isPresent(), e.describeFacts());
    }
}
