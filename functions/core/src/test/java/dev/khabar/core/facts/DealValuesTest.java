package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A deal's value told in a sentence of its own, the deal named by a definite noun. Texts written here. */
class DealValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orion Health is buying Kestrel. The deal is worth $300 million.|ACQUISITION|Orion Health|Kestrel|300000000",
            "Orion Health agreed to buy Kestrel, it said. The deal values Kestrel at $300 million.|ACQUISITION|Orion Health|Kestrel|300000000",
            "Orion Health is buying Kestrel. The takeover, valued at about $2 billion, should close in June.|ACQUISITION|Orion Health|Kestrel|2000000000",
            "Orion Health won a contract from the Army. The contract is worth $45 million.|CONTRACT|Orion Health|Army|45000000",
            "استحوذت شركة نوفابيت على شركة زيفرا. وبلغت قيمة الصفقة 3 مليارات دولار.|ACQUISITION|نوفابيت|زيفرا|3000000000",
            "استحوذت شركة نوفابيت على شركة زيفرا. وتقدر قيمة الاستحواذ بنحو 90 مليون دولار.|ACQUISITION|نوفابيت|زيفرا|90000000",
            // the value named before the deal, a sum between the article and the noun, the deal's noun before "value"
            "Orion Health won a contract from the Navy. The value of the support contract is $61 million.|CONTRACT|Orion Health|Navy|61000000",
            "Orion Health won a contract from the Navy. The $61 million contract runs for five years.|CONTRACT|Orion Health|Navy|61000000",
            "Orion Rail signed the contract with Kenya Railways. It said the total contract value is around 210 million euros.|CONTRACT|Orion Rail|Kenya Railways|210000000",
            "Orion Health has bought 30% of Kestrel. It paid $4 a share, putting the transaction's value at about $96 million.|INVESTMENT|Orion Health|Kestrel|96000000",
            // "the planned $X deal" later in a sentence; «لعرضها البالغ», «عرض "X" البالغ»: the offer the deal was made on
            "Orion Health made a bid to acquire Kestrel. But last year the proposed $2.7 billion takeover was blocked.|ACQUISITION|Orion Health|Kestrel|2700000000",
            "فازت شركة نوفابيت بصفقة بناء مدرسة لصالح وزارة التعليم. وتم منحها المشروع لعرضها البالغ 12.480.500.25 درهم.|CONTRACT|نوفابيت|وزارة التعليم|12480500.25",
            "اشترت شركة نوفابيت 30 في المئة من شركة زيفرا. وأعلنت الحكومة تفوق عرض \"نوفابيت\" البالغ 1.8 مليار دينار على عرض منافس.|INVESTMENT|نوفابيت|زيفرا|1800000000",
            // every member of a consortium told winning the contract shares its value
            "Orion Marine and Vela Engineering have been awarded the contract by Qatargas. The value of the contract is $3.1bn.|CONTRACT|Vela Engineering|Qatargas|3100000000"})
    void theValueToldAfterTheDeal(String text, FactType type, String subject, String object, String amount) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Fact deal = x.requireFactByAlias(type, subject, object);
        assertEquals(0, new BigDecimal(amount).compareTo(deal.amount().value()), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a sum of something else, or a noun of another kind than the deal told last
            "Orion Health is buying Kestrel. Kestrel had revenue of $300 million last year.|ACQUISITION|Orion Health|Kestrel",
            "Orion Health is buying Kestrel. The contract is worth $45 million.|ACQUISITION|Orion Health|Kestrel",
            "Orion Rail signed the contract with Kenya Railways. The $40 million loan was repaid.|CONTRACT|Orion Rail|Kenya Railways",
            "Orion Health is buying Kestrel. It repaid the planned $40 million loan.|ACQUISITION|Orion Health|Kestrel",
            // a deal's noun with parties of its own, or not the subject of its clause: another deal
            "Orion Health agreed to buy Kestrel. Analysts compared it with the failed $9 billion deal between Vela Engineering and Zefra.|ACQUISITION|Orion Health|Kestrel",
            "Orion Health agreed to buy Kestrel. Vela Engineering, which closed the $50 million deal for Zefra last year, rose 3%.|ACQUISITION|Orion Health|Kestrel",
            "استحوذت شركة نوفابيت على شركة زيفرا. وارتفعت إيراداتها البالغة 40 مليون دولار.|ACQUISITION|نوفابيت|زيفرا",
            "Orion Rail signed the contract with Kenya Railways. The value of the shares is $40 million.|CONTRACT|Orion Rail|Kenya Railways",
            "Orion Health is buying Kestrel. The company's value is put at $700 million.|ACQUISITION|Orion Health|Kestrel",
            "جمعت شركة نوفابيت 20 مليون دولار. واستحوذت على شركة زيفرا. وتبلغ قيمة الجولة 20 مليون دولار.|ACQUISITION|نوفابيت|زيفرا"})
    void noValueForAnotherDeal(String text, FactType type, String subject, String object) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertNull(x.requireFactByAlias(type, subject, object).amount(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a sum opening the text, then opening a later sentence: no noun before it names a deal
            "$12 million was what Orion Health paid. Orion Health bought Kestrel in May.|ACQUISITION|Orion Health|Kestrel",
            "Orion Health bought Kestrel in May. $12 million changed hands.|ACQUISITION|Orion Health|Kestrel",
            "2 مليون دولار هي قيمة العرض. واستحوذت شركة نوفابيت على شركة زيفرا.|ACQUISITION|نوفابيت|زيفرا"})
    void aSumOpeningItsSentenceIsNoDealsValue(String text, FactType type, String subject, String object) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertNull(x.requireFactByAlias(type, subject, object).amount(), x.describeFacts());
    }
}
