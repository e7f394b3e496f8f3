package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stakes in the plural («حصص», accusative «حصصا») are stakes as the singular «حصة» is: buying or taking them in each
 * company listed is an investment in it, not its takeover; a company taken whole is still acquired.
 */
class ArabicPluralStakesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-01-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذ صندوق الاستثمارات العامة على حصص في بوينغ وستاربكس.|Public Investment Fund",
            "واشترت مجموعة نوران القابضة حصصا في بوينغ وستاربكس العام الماضي.|مجموعة نوران القابضة",
            "وقامت مجموعة نوران القابضة بالاستحواذ على حصص في شركات عالمية، من بينها بوينغ وستاربكس.|مجموعة نوران القابضة",
            "وتشتري مجموعة نوران القابضة حصصا صغيرة في شركات مثل بوينغ وستاربكس.|مجموعة نوران القابضة",
            "وأعلن صندوق الاستثمارات العامة أنه سيستحوذ على حصص في بوينغ وستاربكس.|Public Investment Fund"})
    void pluralStakesAreInvestmentsInEachCompany(String text, String investor) {
        Extracted x = x(text);
        for (String company : new String[] {"Boeing", "Starbucks"}) {
            x.requireFact(FactType.INVESTMENT, investor, company);
            assertTrue(x.fact(FactType.ACQUISITION, investor, company).isEmpty(), x.describeFacts());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واشترت مجموعة نوران القابضة شركة ستاربكس بالكامل.|مجموعة نوران القابضة",
            "استحوذ صندوق الاستثمارات العامة على شركة ستاربكس العام الماضي.|Public Investment Fund"})
    void aCompanyBoughtWholeIsStillAcquired(String text, String buyer) {
        Extracted x = x(text);
        x.requireFact(FactType.ACQUISITION, buyer, "Starbucks");
        assertTrue(x.fact(FactType.INVESTMENT, buyer, "Starbucks").isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وباعت مجموعة نوران القابضة حصصها في بوينغ وستاربكس.|مجموعة نوران القابضة"})
    void pluralStakesSoldAreNoInvestmentOfTheSeller(String text, String seller) {
        Extracted x = x(text);
        assertTrue(x.fact(FactType.INVESTMENT, seller, "Boeing").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.ACQUISITION, seller, "Boeing").isEmpty(), x.describeFacts());
    }
}
