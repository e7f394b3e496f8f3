package dev.khabar.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyReaderTest {
    private static List<Money> find(String text, Set<String> preferred) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return MoneyReader.find(text, tokens, 0, tokens.size(), preferred);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "استثمرت 14.3 مليار دولار في الشركة | 14300000000 | USD",
        "a $99 million contract | 99000000 | USD",
        "raised $1.2bn last week | 1200000000 | USD",
        "a €300m round | 300000000 | EUR",
        "بنصف مليار جنيه | 500000000 | EGP",
        "worth £4.25 billion | 4250000000 | GBP",
        "99 million dollars | 99000000 | USD",
        "بعقد قيمته ٢٫٥ مليار ريال سعودي | 2500000000 | SAR",
        "صفقة بقيمة 5 ملايين ريال قطري | 5000000 | QAR",
        "استثمار 20 مليون دولار أمريكي | 20000000 | USD",
        "تمويل بقيمة 3 آلاف جنيه إسترليني | 3000 | GBP",
        "US$5m in seed money | 5000000 | USD",
        "a USD 40 million loan | 40000000 | USD",
        "agreed to pay US$2.7-billion in cash | 2700000000 | USD",
        "a C$300 million pipeline deal | 300000000 | CAD",
        "an A$1.5-billion takeover bid | 1500000000 | AUD",
        "listed at HK$8 billion | 8000000000 | HKD",
        "an order worth Rs 1,250 crore | 12500000000 | INR",
        "it raised Rs 40 crore from angels | 400000000 | INR",
        "a grant of Rs 75 lakh | 7500000 | INR",
        "the clinic chain raised ₹7 Cr from angels | 70000000 | INR",
        "a Rs 12.5 cr order for pumps | 125000000 | INR",
        "an order worth Dh143.98 million | 143980000 | AED",
        "deals worth Dhs 2.5 billion in all | 2500000000 | AED",
        "a Dh40m upgrade of the fleet | 40000000 | AED",
        "it raised Rs100 crore from banks | 1000000000 | INR",
        "a EUR15 million round | 15000000 | EUR",
        "a deal worth an estimated Sh18.25 billion | 18250000000 | KES",
        "a KSh 500 million bond | 500000000 | KES",
        "it paid Kshs2 billion for the stake | 2000000000 | KES",
        "a USh 40 billion loan | 40000000000 | UGX",
        "won a R2.5 billion contract | 2500000000 | ZAR",
        "a R350m upgrade of the line | 350000000 | ZAR",
        "orders totalling CNY8.4 billion | 8400000000 | CNY",
        "a SR3.6 billion housing order | 3600000000 | SAR",
        "deals worth SR 2 billion in all | 2000000000 | SAR",
        "a NGN40m seed round | 40000000 | NGN",
        "signed a 2.6-billion-dollar supply deal | 2600000000 | USD",
        "a 750-million-euro rail order | 750000000 | EUR",
        "its 90-million-pound plant | 90000000 | GBP"})
    void readsAmountAndCurrency(String text, String value, String currency) {
        List<Money> found = find(text, Set.of());
        assertEquals(1, found.size(), () -> "in " + text + ": " + found);
        assertEquals(0, new BigDecimal(value).compareTo(found.get(0).value()));
        assertEquals(currency, found.get(0).currency());
    }

    @Test
    void keepsTheTextAsWritten() {
        assertEquals("14.3 مليار دولار", find("قدره 14.3 مليار دولار في", Set.of()).get(0).text());
    }

    @Test
    void aBareWordTakesTheCurrencyOfThePlaceNamed() {
        assertEquals("GBP", find("a deal worth 40 million pounds", Set.of("GBP")).get(0).currency());
        assertEquals("EGP", find("a deal worth 40 million pounds", Set.of("EGP")).get(0).currency());
        assertEquals("JOD", find("صفقة بقيمة 7 ملايين دينار", Set.of("JOD")).get(0).currency());
    }

    @Test
    void anArabicBareDollarStaysTheUsDollarWhereverTheStoryIs() {
        assertEquals("USD", find("عرض قيمته 40 مليار دولار", Set.of("SGD")).get(0).currency());
        assertEquals("USD", find("جمعت الشركة 12 مليون دولارا", Set.of("CAD")).get(0).currency());
        assertEquals("USD", find("بصفقة قدرها 3 مليارات دولار", Set.of("AUD", "HKD")).get(0).currency());
        assertEquals("CAD", find("بقيمة 5 ملايين دولار كندي", Set.of("SGD")).get(0).currency());
        assertEquals("CAD", find("a deal worth 40 million dollars", Set.of("CAD")).get(0).currency());
    }

    @Test
    void aBareDollarGlossedInUsDollarsIsTheLocalDollar() {
        assertEquals("SGD", find("the lender raised $14.6m (US$10.9m) in a round", Set.of("SGD")).get(0).currency());
        assertEquals("HKD", find("a deal worth $3 billion (about US$384 million)", Set.of("HKD")).get(0).currency());
        assertEquals("USD", find("the lender raised $14.6m (US$10.9m) in a round", Set.of()).get(0).currency());
        assertEquals("USD", find("the lender raised $14.6m (S$19.6m) in a round", Set.of("SGD")).get(0).currency());
        assertEquals("USD", find("a $40 million (37 million euro) deal", Set.of("SGD")).get(0).currency());
        // the US dollar named beside the local one does not make the sum American
        assertEquals("NZD", find("the app raised $9m (US$5.4m) in a round", Set.of("USD", "NZD")).get(0).currency());
        // any hedge a sum may have: "an estimated", "more than"
        assertEquals("AUD", find("a deal worth $2 billion (an estimated US$1.3 billion)", Set.of("AUD")).get(0).currency());
        assertEquals("CAD", find("it raised $30m (more than US$21m) so far", Set.of("CAD")).get(0).currency());
    }

    @Test
    void aGlossedDollarAmongSeveralLocalDollarsLeavesOnlyTheGloss() {
        List<Money> two = find("it raised $28m (US$20m) from funds in Taipei and Auckland", Set.of("TWD", "NZD"));
        assertEquals(1, two.size(), two.toString());
        assertEquals("USD", two.get(0).currency());
        assertEquals(0, new BigDecimal("20000000").compareTo(two.get(0).value()));
        List<Money> three = find("a $1.1 billion (about US$800 million) bid", Set.of("SGD", "HKD", "AUD"));
        assertEquals(1, three.size(), three.toString());
        assertEquals("USD", three.get(0).currency());
        // unglossed, a bare dollar stays what it was
        assertEquals("USD", find("it raised $28m from funds", Set.of("SGD", "HKD")).get(0).currency());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a contract value of R864 888 000 in all | 864888000 | R864 888 000",
        "the tender came to R1 202 448 588, the agency said | 1202448588 | R1 202 448 588",
        "une commande de 45 000 000 euros | 45000000 | 45 000 000 euros",
        "it paid $3 500 000 for the land | 3500000 | $3 500 000",
        "a R12 500 grant per learner | 12500 | R12 500"})
    void readsThousandsGroupedWithSpaces(String text, String value, String written) {
        Money money = find(text, Set.of()).get(0);
        assertEquals(0, new BigDecimal(value).compareTo(money.value()), () -> text + ": " + money);
        assertEquals(written, money.text());
    }

    /** The Maghreb's press groups thousands with dots, with cents after a comma or one more dot. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "رست الصفقة على عرض بلغ 12.740.500 درهم | 12740500",
        "بعرض قيمته 3.125.450,60 درهم شامل الضريبة | 3125450.60",
        "بمبلغ 48.206.115.25 درهم مع احتساب الرسوم | 48206115.25",
        "بغلاف مالي قدره 7.400,50 درهم | 7400.50",
        "استثمار 2.5 مليون درهم | 2500000"})
    void readsThousandsGroupedWithDots(String text, String value) {
        Money money = find(text, Set.of()).get(0);
        assertEquals(0, new BigDecimal(value).compareTo(money.value()), () -> text + ": " + money);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "it paid $2019 100 days after the deal | 2019",
        "$40 0300 was the code | 40",
        "$12  500 with two spaces | 12",
        "$5 10 apart | 5"})
    void aSpaceGroupIsThreeDigitsOneSpaceAfterAShortHead(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(find(text, Set.of()).get(0).value()), text);
    }

    @Test
    void wonIsTheKoreanCurrencyOnlyAfterASum() {
        List<Money> found = find("invested 34.5 billion won, then paid 80,000 won", Set.of());
        assertEquals(List.of("KRW", "KRW"), found.stream().map(Money::currency).toList());
        assertTrue(find("The lender in 2019 won a tender, and 12 won awards", Set.of()).isEmpty());
    }

    @Test
    void plainNumbersAreNotMoney() {
        assertTrue(find("أكثر من 288 شركة و 3300 وظيفة", Set.of()).isEmpty());
    }

    @Test
    void countsPeopleAndJobs() {
        String text = "خفضت 18 ألف وظيفة وسرحت نحو 200 موظف and cut 1,200 of its employees, then 2 300 jobs";
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Integer> counts = CountReader.find(tokens, 0, tokens.size()).stream().map(q -> q.value().intValueExact()).toList();
        assertEquals(List.of(18000, 200, 1200, 2300), counts);
    }
}
