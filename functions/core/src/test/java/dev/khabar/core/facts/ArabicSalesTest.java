package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A whole company sold, told from the seller's side («باعت A شركة B إلى C»): the buyer after «إلى» takes it over; a
 * stake or assets sold are no takeover, a seller named alone after the verb is not what is sold, and an «إلى» past a
 * comma that opens another clause names no buyer.
 */
class ArabicSalesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    private static boolean noTakeover(Extracted e) {
        return e.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION);
    }

    @Test
    void aBareSellerNounThenTheCompanySoldThenItsBuyer() {
        Extracted e = x("وفي العام 2010، باعت الحكومة شركة الاسمنت الوطنية بمعظمها إلى مجموعة هولسيرا الفرنسية.");
        e.requireFact(FactType.ACQUISITION, "مجموعة هولسيرا", "شركة الاسمنت الوطنية");
    }

    @Test
    void aNamedSellerThenTheCompanySold() {
        Extracted e = x("وباعت مجموعة دلتا القابضة شركة نوفا للأغذية بالكامل إلى مجموعة أوريون الفرنسية.");
        e.requireFact(FactType.ACQUISITION, "مجموعة أوريون", "نوفا للأغذية");
        assertTrue(e.fact(FactType.ACQUISITION, "مجموعة أوريون", "مجموعة دلتا القابضة").isEmpty(), e.describeFacts());
    }

    @Test
    void aCompanySoldWithADescriptionBeforeTheBuyer() {
        Extracted e = x("وباعت الدولة بنك النخيل، وهو من أقدم المصارف في البلاد، إلى مجموعة فالتا المالية الإيطالية.");
        e.requireFact(FactType.ACQUISITION, "مجموعة فالتا", "بنك النخيل");
        assertTrue(e.document().facts().stream().filter(f -> f.type() == FactType.ACQUISITION).count() == 1, e.describeFacts());
    }

    @Test
    void assetsSoldAreNoTakeover() {
        Extracted e = x("وباعت شركة دلتا القابضة أصولها في مصر إلى مجموعة أوريون الفرنسية.");
        assertTrue(noTakeover(e), e.describeFacts());
    }

    @Test
    void aBuyerInTheNextClauseBoughtNothing() {
        Extracted e = x("باعت الحكومة بنك النخيل عام 2005، وانضمت الشركة لاحقا إلى مجموعة فالتا المالية.");
        assertTrue(noTakeover(e), e.describeFacts());
    }

    @Test
    void theSellerAloneAfterTheVerbIsNotSold() {
        Extracted e = x("وباعت شركة دلتا القابضة منتجاتها إلى شركة أوريون للتجارة.");
        assertTrue(noTakeover(e), e.describeFacts());
    }

    /** A company selling part of its own shares («من أسهمها») lets the buyer invest in it, or take it over past half. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وباعت شركة زيفرا 30 % من أسهمها لشركة نوفابيت مقابل 10 ملايين دولار.|INVESTMENT|نوفابيت",
            "وقامت شركة زيفرا ببيع حصة من رأسمالها إلى مجموعة نوفابيت.|INVESTMENT|نوفابيت",
            "ووافقت شركة زيفرا على بيع 60% من أسهمها لصالح شركة نوفابيت.|ACQUISITION|نوفابيت",
            "وستبيع شركة زيفرا نسبة 15 في المئة من أسهمها إلى صندوق نوفابيت.|INVESTMENT|صندوق نوفابيت",
            "وقال بنك لومار إن شركة زيفرا باعت 20% من أسهمها لشركة نوفابيت.|INVESTMENT|نوفابيت"})
    void sellingItsOwnSharesLetsTheBuyerIn(String text, FactType type, String buyer) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFactByAlias(type, buyer, "زيفرا");
        assertTrue(x.document().facts().stream().filter(f -> f.type() == type).count() == 1, x.describeFacts());
    }

    /** Shares the seller holds in another company are no part of its own capital. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وباعت شركة زيفرا أسهمها في شركة لومار إلى شركة نوفابيت.",
            "وباعت شركة زيفرا سيارات من أسطولها لشركة نوفابيت."})
    void sharesInAnotherOrGoodsLetNoOneIn(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.INVESTMENT, "نوفابيت", "زيفرا")
                || x.hasFactByAlias(FactType.ACQUISITION, "نوفابيت", "زيفرا"), x.describeFacts());
    }
}
