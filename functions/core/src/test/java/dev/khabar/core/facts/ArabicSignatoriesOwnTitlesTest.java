package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «ومن جانب شركة X فلان رئيس مجلس إدارتها»: a signatory's title with its owner's pronoun is held at the side he signs for. */
class ArabicSignatoriesOwnTitlesTest {
    @Test
    void theSecondSignatoryChairsTheSecondSide() {
        Extracted x = Extracted.of("وقد وقع المذكرة من جانب شركة نارو الدكتور وليد الشمري رئيس مجلس إدارة الشركة ومن جانب شركة لومار "
                + "للصناعات هاني الزعبي رئيس مجلس إدارتها.", "2024-05-01");
        x.requireFactByAlias(FactType.ROLE, "وليد الشمري", "نارو");
        x.requireFactByAlias(FactType.ROLE, "هاني الزعبي", "لومار للصناعات");
        assertTrue(!x.hasFactByAlias(FactType.ROLE, "هاني الزعبي", "نارو"), x.describeFacts());
    }

    @Test
    void forTheSideWithAnIsPronoun() {
        Extracted x = Extracted.of("ووقع الاتفاقية عن شركة نوران سامي العتيبي رئيسها التنفيذي، وعن بنك الفجر خالد المهيري "
                + "رئيس مجلس إدارته.", "2024-05-01");
        x.requireFactByAlias(FactType.ROLE, "خالد المهيري", "بنك الفجر");
        assertTrue(!x.hasFactByAlias(FactType.ROLE, "خالد المهيري", "نوران"), x.describeFacts());
    }

    @Test
    void aTitleWithItsOwnCompanyIsNotTheSide() {
        Extracted x = Extracted.of("ووقع من جانب شركة نوران سامي العتيبي رئيس مجلس إدارة بنك الفجر.", "2024-05-01");
        x.requireFactByAlias(FactType.ROLE, "سامي العتيبي", "بنك الفجر");
        assertTrue(!x.hasFactByAlias(FactType.ROLE, "سامي العتيبي", "نوران"), x.describeFacts());
    }
}
