package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «وقعت X عقودا مع شركات. … أن X أمضت مع شركات، وهي A وB»: the contract noun told once, then left out. Texts written here. */
class ArabicElidedContractsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void eachCompanyListedAfterAnElidedContractHoldsOne() {
        Extracted e = x("وقعت شركة زيتال أمس عدة عقود مع شركات وطنية. وأوضح البيان أن شركة زيتال أمضت مع 3 شركات محلية، وهي \"بارك\"،"
                + " \"سوميك\" و\"تيرال\"، والتي كلفت بإنجاز مشروع الأنابيب.");
        e.requireFactByAlias(FactType.CONTRACT, "بارك", "زيتال");
        e.requireFactByAlias(FactType.CONTRACT, "سوميك", "زيتال");
        e.requireFactByAlias(FactType.CONTRACT, "تيرال", "زيتال");
    }

    @Test
    void theSignerMayFollowItsVerb() {
        Extracted e = x("أبرمت شركة مرجان عقودا جديدة هذا الشهر. ووقعت شركة مرجان مع شركة \"صخر\" وشركة \"نجمة\" أمس.");
        e.requireFactByAlias(FactType.CONTRACT, "صخر", "مرجان");
        e.requireFactByAlias(FactType.CONTRACT, "نجمة", "مرجان");
    }

    @Test
    void noContractToldBeforeSignsNothing() {
        Extracted e = x("افتتحت شركة زيتال مصنعا جديدا. وأوضح البيان أن شركة زيتال أمضت مع شركة \"بارك\" ثلاثة أيام في المفاوضات.");
        assertFalse(e.hasFactOfType(FactType.CONTRACT), e.describeFacts());
    }

    @Test
    void timeSpentWithACompanyAfterAContractIsNoSigning() {
        Extracted e = x("وقعت شركة زيتال عقدا مع شركة \"مارين\" لبناء محطة. وأمضى المهندس ثلاث سنوات مع شركة \"بارك\".");
        assertFalse(e.hasFactByAlias(FactType.CONTRACT, "بارك", "زيتال"), e.describeFacts());
    }
}
