package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Who buys whom, whatever the word order or voice; a majority stake is control; a sale told from the seller's side
 * ("X sold Y to Z") makes the one after "to" the buyer. Texts written here.
 */
class AcquisitionRulesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    private static void buys(String text, String buyer, String target) {
        Extracted e = x(text);
        e.requireFact(FactType.ACQUISITION, buyer, target);
        assertTrue(e.fact(FactType.ACQUISITION, target, buyer).isEmpty(), text + " read backwards: " + e.describeFacts());
    }

    @Test
    void arabicDoerBeforeItsVerb() {
        buys("وكانت أمازون قد اشترت شركة Nimbus Labs العام الماضي.", "Amazon", "Nimbus Labs");
        buys("أمازون تشتري شركة Nimbus Labs.", "Amazon", "Nimbus Labs");
        buys("واشترت أمازون شركة Nimbus Labs.", "Amazon", "Nimbus Labs");
    }

    @Test
    void arabicPronounObjectStandsForTheNameBeforeTheVerb() {
        buys("وموقع «زيفرا» هو منصة للتسوق الإلكتروني استحوذت عليها شركة كوردا في 2019.", "كوردا", "زيفرا");
        buys("وتعمل شركة زيفرا، التي استحوذت عليها مجموعة «كوردا» العام الماضي، في قطاع الدفع.", "كوردا", "زيفرا");
        buys("ونمت مبيعات «زيفرا» منذ أن استحوذ عليها بنك كوردا قبل عامين.", "بنك كوردا", "زيفرا");
    }

    @Test
    void arabicLatterIsTheNameToldLast() {
        buys("وأتمت مجموعة نوفا صفقة مع شركة «كوردا» لتستحوذ الأخيرة على شركة «زيفرا» للبرمجيات.", "كوردا", "زيفرا");
        buys("واتفق بنك نوفا مع مجموعة «كوردا» على أن يستحوذ الأخير على شركة «زيفرا» بالكامل.", "كوردا", "زيفرا");
        buys("وباعت شركة نوفا حصتها إلى «كوردا»، لتستحوذ الأخيرة على شركة «زيفرا» كاملة.", "كوردا", "زيفرا");
    }

    @Test
    void arabicPassiveNamesTheBuyerAfterMinQibal() {
        buys("تم الاستحواذ على شركة Nimbus Labs من قبل أمازون.", "Amazon", "Nimbus Labs");
        buys("وتم شراء شركة Nimbus Labs من قبل شركة أمازون.", "Amazon", "Nimbus Labs");
    }

    @Test
    void majorityStakeIsControl() {
        buys("Oracle has taken a majority stake in Nimbus Labs.", "Oracle", "Nimbus Labs");
        Extracted minor = x("Oracle took a 10% stake in Nimbus Labs.");
        minor.requireFact(FactType.INVESTMENT, "Oracle", "Nimbus Labs");
        assertTrue(minor.fact(FactType.ACQUISITION, "Oracle", "Nimbus Labs").isEmpty(), minor.describeFacts());
    }

    @Test
    void saleOfAStakeNamesNoBuyerAsSubject() {
        Extracted e = x("ووافقت الهيئة على بيع حصة أغلبية في شركة Nimbus Labs إلى أمازون.");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION
                && !f.subject().equals(e.requireEntity("Amazon").id())), e.describeFacts());
    }

    @Test
    void arabicScaleWordsCountByThemselves() {
        Fact two = x("استحوذت أمازون على شركة Nimbus Labs مقابل ملياري دولار.").requireFact(FactType.ACQUISITION, "Amazon", "Nimbus Labs");
        assertEquals(0, new BigDecimal("2000000000").compareTo(two.amount().value()));
        Fact one = x("استثمرت أمازون مليار دولار في شركة Nimbus Labs.").requireFact(FactType.INVESTMENT, "Amazon", "Nimbus Labs");
        assertEquals(0, new BigDecimal("1000000000").compareTo(one.amount().value()));
    }

    @Test
    void aPriceInLocalDollarsEndsTheTargetsName() {
        Fact hp = x("Harwell Group is to acquire network storage firm Pinefield Networks for US$360m in cash.")
                .requireFact(FactType.ACQUISITION, "Harwell Group", "Pinefield Networks");
        assertEquals(0, new BigDecimal("360000000").compareTo(hp.amount().value()));
        buys("Norrland agreed to acquire Quillon Systems for HK$2.5 billion.", "Norrland", "Quillon Systems");
        buys("Fresco will buy Bellmart Stores for A$90 million, the company said.", "Fresco", "Bellmart Stores");
        buys("Texan games retailer Brightplay is spending US$700m to acquire French store chain Ludoville.", "Brightplay",
                "Ludoville");
    }

    @Test
    void theOneASaleGoesToBuysWhatWasSold() {
        String[][] sales = {
                {"Siemens sold Orbita Robotics to Nimbus Labs in 2019.", "Nimbus Labs", "Orbita Robotics"},
                {"Orbita Robotics was sold to Kestrel Freight for $2 billion last year.", "Kestrel Freight", "Orbita Robotics"},
                {"Unilever completed the sale of Halden Foods to Germany's Kestrel Freight.", "Kestrel Freight", "Halden Foods"},
                // each company of a list sold goes to the buyer
                {"Siemens will sell the Orbita Robotics and Halden Foods brands to Nimbus Labs.", "Nimbus Labs", "Halden Foods"}};
        for (String[] sale : sales) {
            buys(sale[0], sale[1], sale[2]);
        }
        Extracted seller = x("Siemens sold Orbita Robotics to Nimbus Labs in 2019.");
        assertTrue(seller.fact(FactType.ACQUISITION, "Siemens", "Orbita Robotics").isEmpty(), seller.describeFacts());
    }

    @Test
    void sharesOrGoodsSoldAreNoTakeover() {
        for (String text : java.util.List.of("Siemens sold 5 million Orbita Robotics shares to Nimbus Labs.",
                "Siemens sells its turbines to Nimbus Labs and other utilities.", "Kestrel Freight sold its stake to Nimbus Labs.")) {
            assertTrue(x(text).document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), text);
        }
    }
}
