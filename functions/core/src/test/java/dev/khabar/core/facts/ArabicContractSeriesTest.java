package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «وقعت X عقدا مع A …، وعقدا آخر مع B»: each contract listed after the first is the first signer's with its own party. Texts written here. */
class ArabicContractSeriesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void aSecondContractNounWithItsOwnPartyHasTheSameClient() {
        Extracted e = x("وقعت وزارة الصحة عقدا لتوريد الأدوية مع شركة النور للأدوية بمبلغ 20 مليون ريال، "
                + "وعقدا لتوريد الأجهزة مع شركة الشفاء الطبية بمبلغ 15 مليون ريال.");
        e.requireFactByAlias(FactType.CONTRACT, "شركة النور للأدوية", "وزارة الصحة");
        assertEquals(15_000_000L, e.requireFactByAlias(FactType.CONTRACT, "شركة الشفاء الطبية", "وزارة الصحة").amount().value().longValue());
        assertFalse(e.hasFactByAlias(FactType.CONTRACT, "شركة النور للأدوية", "شركة الشفاء الطبية"), e.describeFacts());
    }

    @Test
    void aBareWithAfterTheCommaListsAnotherParty() {
        Extracted e = x("وقعت وزارة الصحة عقودا مع شركة النور للأدوية بمبلغ 20 مليون ريال، ومع شركة الشفاء الطبية بمبلغ 15 مليون ريال.");
        e.requireFactByAlias(FactType.CONTRACT, "شركة الشفاء الطبية", "وزارة الصحة");
    }

    @Test
    void projectsListedInThePassiveAfterTheClientsStatement() {
        Extracted e = x("جاء ذلك في بيان صدر أمس عن وزارة النقل، موضحا أنه تم توقيع عقد مشروع صيانة الطرق مع مؤسسة الريان للمقاولات "
                + "بمبلغ 30 مليون ريال، ومشروع إنارة شوارع جدة مع مؤسسة الغدير للتجارة والمقاولات بمبلغ 12 مليون ريال.");
        e.requireFactByAlias(FactType.CONTRACT, "مؤسسة الريان للمقاولات", "وزارة النقل");
        e.requireFactByAlias(FactType.CONTRACT, "مؤسسة الغدير للتجارة والمقاولات", "وزارة النقل");
    }

    @Test
    void aCompanyHoldingTheFirstHoldsTheNextToo() {
        Extracted e = x("ووقعت شركة النخبة للمقاولات عقدا مع وزارة النقل بقيمة 40 مليون ريال، وعقدا آخر مع وزارة الإسكان بقيمة 12 مليون ريال.");
        e.requireFactByAlias(FactType.CONTRACT, "شركة النخبة للمقاولات", "وزارة النقل");
        e.requireFactByAlias(FactType.CONTRACT, "شركة النخبة للمقاولات", "وزارة الإسكان");
    }

    @Test
    void anotherVerbAfterTheCommaStartsNoItem() {
        Extracted e = x("وقعت شركة النخبة للمقاولات عقدا مع وزارة النقل بقيمة 40 مليون ريال، وتعاونت مع شركة الأفق للتقنية في مشروع آخر.");
        assertFalse(e.hasFactByAlias(FactType.CONTRACT, "شركة النخبة للمقاولات", "شركة الأفق للتقنية"), e.describeFacts());
        assertFalse(e.hasFactByAlias(FactType.CONTRACT, "شركة الأفق للتقنية", "وزارة النقل"), e.describeFacts());
    }
}
