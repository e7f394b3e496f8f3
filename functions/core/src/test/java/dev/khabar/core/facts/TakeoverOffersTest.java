package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A takeover told by its noun, the bidder as its possessor: "X's $5bn offer for Y", "Y accepted X's bid". Texts written here. */
class TakeoverOffersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Analysts expect more deals after Siemens's $3 billion offer for Alstom last spring.|Siemens|Alstom",
            "Shares rose on Unilever's rival bid for Kestrel Freight, the third this year.|Unilever|Kestrel Freight",
            "The board met after Oracle's surprise offering for Salesforce was leaked.|Oracle|Salesforce",
            "Orbita Robotics on Monday accepted Siemens's improved offer of $3.2 billion.|Siemens|Orbita Robotics",
            "Orbita Robotics ORB.O agreed to Kestrel Freight's KFR.N sweetened offer of $900 million.|Kestrel Freight|Orbita Robotics",
            "Tim Cook spoke about the market after Apple's acquisition of Shazam closed.|Apple|Shazam",
            "Nimbus Labs made a $2 billion bid for Orbita Robotics in June.|Nimbus Labs|Orbita Robotics"})
    void thePossessorOrDoerOfANewOfferIsTheBuyer(String text, String buyer, String target) {
        Extracted x = Extracted.of(text, "2024-05-02");
        x.requireFact(FactType.ACQUISITION, buyer, target);
        assertTrue(x.document().facts().stream().filter(f -> f.type() == FactType.ACQUISITION).count() == 1, x.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Walmart stores offer free delivery for Amazon shoppers in Texas.",
            "Unilever's chairman said the offer was fair value for Kestrel Freight shareholders.",
            "Siemens said its bid for Alstom stays on the table.",
            "Siemens said the offer from Alstom was too low.",
            "Kestrel Freight received a bid from a group of investors."})
    void anOfferVerbOrAnOfferToldBeforeNamesNoNewTakeover(String text) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتلقت شركة سابك عرضا للاستحواذ عليها من أرامكو.|Saudi Aramco|SABIC",
            "وقالت إنتل إنها تلقت عرضا لشراء الشركة من شركة أوراكل بقيمة 70 مليار دولار.|Oracle|Intel",
            "وتلقت سيسكو عرضا من إنتل للاستحواذ عليها الأسبوع الماضي.|Intel|Cisco",
            // an English offer names its bidder after "from"; the clause's doer received or answered it
            "Last month the Danish brewer Orbita Robotics received a takeover bid from US buyout firm Nimbus Labs.|Nimbus Labs|Orbita Robotics",
            "Kestrel Freight rejected an offer from Siemens worth about $4 billion.|Siemens|Kestrel Freight",
            "Shares jumped after Salesforce said it had turned down a $12 billion takeover offer from Oracle.|Oracle|Salesforce"})
    void anOfferReceivedMakesTheReceiverTheTarget(String text, String buyer, String target) {
        Extracted x = Extracted.of(text, "2024-05-02");
        x.requireFact(FactType.ACQUISITION, buyer, target);
        assertTrue(x.fact(FactType.ACQUISITION, target, buyer).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتمت عملية شراء سابك من جانب أرامكو العام الماضي.|Saudi Aramco|SABIC",
            "وتم الاستحواذ على شركة سيسكو من طرف إنتل مقابل 5 مليارات دولار.|Intel|Cisco",
            "وتم شراء أوراكل من قبل شركة إنتل في صفقة نقدية.|Intel|Oracle"})
    void theAgentOfAnArabicPassiveIsTheBuyer(String text, String buyer, String target) {
        Extracted x = Extracted.of(text, "2024-05-02");
        x.requireFact(FactType.ACQUISITION, buyer, target);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "كشف المبرمج سامح شافعي، مؤسس تطبيق \"زيلو\"، عن تلقيه عرضا مفاجئا من شركة أجنبية بهدف شراء التطبيق.",
            "وتلقت شركة أوراكل عرضا مغريا من مستثمرين لشراء شركة سيسكو.",
            "وقالت إنتل إنها تلقت عرضا غير ملزم من جهة لم تسمها للاستحواذ على شركة سيسكو."})
    void anOfferReceivedFromSomeoneUnnamedHasNoBuyer(String text) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), x.describeFacts());
    }
}
