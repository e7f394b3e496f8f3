package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which side of a deal a name is: «أبرمت X مع إيرباص اتفاقاً لشراء 50 طائرة», «طلبت X 60 طائرة من إيرباص» (an order of
 * goods by the unit, a contract maker → buyer), «ألفابت المالكة لشركة جوجل للاستحواذ على X» (the owner, not the company it owns, buys).
 */
class ArabicDealSidesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة طيران الخليج أنها أبرمت مع مجموعة إيرباص اتفاقا لشراء 30 طائرة من طراز «إيه 321».|CONTRACT|Airbus|Gulf Air",
            "ووقعت طيران الخليج عقدا لشراء 12 طائرة من شركة بوينغ الأمريكية.|CONTRACT|Boeing|Gulf Air",
            "وقالت شركة أرامكو إنها اتفقت مع سيمنس على شراء 40 توربينا لمحطاتها الجديدة.|CONTRACT|Siemens|Saudi Aramco",
            "طلبت شركة طيران الخليج 60 طائرة من إيرباص بقيمة 5 مليارات دولار.|CONTRACT|Airbus|Gulf Air",
            "واشترت شركة أرامكو 20 حافلة من شركة سيمنس.|CONTRACT|Siemens|Saudi Aramco",
            "وانتهت المحادثات بين شركة ألفابت المالكة لشركة جوجل للاستحواذ على شركة كريم.|ACQUISITION|Alphabet|كريم",
            "وتجري مجموعة سوفت بنك، المالكة لشركة أرم، محادثات للاستحواذ على شركة «زيفرا».|ACQUISITION|SoftBank|زيفرا"})
    void eachSideOfTheDealIsWhereItsWordsPutIt(String text, FactType type, String subject, String object) {
        Extracted.of(text, "2024-05-10").requireFact(type, subject, object);
    }

    @Test
    void aDeliveryYearAfterTheUnitsIsNotWhenTheOrderWasAgreed() {
        Extracted x = Extracted.of("أبرمت طيران الخليج مع إيرباص اتفاقا لشراء 20 طائرة، وستبدأ إيرباص تسليمها في العام 2027.", "2024-05-10");
        assertEquals("2024-05-10", x.requireFact(FactType.CONTRACT, "Airbus", "Gulf Air").date().value());
    }

    @Test
    void buyingAModelsUnitsFromNoNamedMakerIsNoContract() {
        Extracted x = Extracted.of("وتخطط طيران الخليج لشراء 20 طائرة جديدة العام المقبل.", "2024-05-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), x.describeFacts());
    }

    @Test
    void moneyOrOffersAskedForAreNoGoodsOrdered() {
        Extracted x = Extracted.of("طلبت الحكومة المصرية 3 مليارات دولار من صندوق النقد الدولي.", "2024-05-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), x.describeFacts());
        Extracted y = Extracted.of("طلبت شركة أرامكو 3 عروض من شركة سيمنس.", "2024-05-10");
        assertTrue(y.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), y.describeFacts());
    }
}
