package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «كشفت X (Latin)، اليوم الجمعة، عن Y»: asides on when, or a bracket, between the doer and the verb's preposition. Texts written here. */
class ArabicAsidesBeforePrepositionTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aDayBetweenCommasStandsBeforeTheLaunchsPreposition() {
        x("كشفت مجموعة \"فالكو\"، اليوم الجمعة، عن طرازها الجديد \"فالكو نوفا\".")
                .requireFactByAlias(FactType.PRODUCT_LAUNCH, "فالكو", "فالكو نوفا");
    }

    @Test
    void aLatinNameInBracketsStandsThereToo() {
        x("كشفت مجموعة \"فالكو\" (Falco) عن طرازها الجديد \"فالكو نوفا\".")
                .requireFactByAlias(FactType.PRODUCT_LAUNCH, "فالكو", "فالكو نوفا");
    }

    @Test
    void bothAsidesOneAfterTheOther() {
        x("كشفت مجموعة \"فالكو\" (Falco)، أمس بالرباط، عن طرازها الجديد \"فالكو نوفا\"، أول سيارة كهربائية للعلامة.")
                .requireFactByAlias(FactType.PRODUCT_LAUNCH, "فالكو", "فالكو نوفا");
    }

    @Test
    void aClauseAfterTheCommaIsNoAside() {
        Extracted e = x("كشفت مجموعة \"فالكو\" أرباحها، بينما كشفت شركة \"نجمة\" عن طرازها الجديد \"نجمة برو\".");
        assertFalse(e.hasFactByAlias(FactType.PRODUCT_LAUNCH, "فالكو", "نجمة برو"), e.describeFacts());
    }
}
