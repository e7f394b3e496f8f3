package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A stake sold names its seller first and its buyer after the company («بيع حصة في X إلى Y»); a deal noun after an
 * indefinite word for a company names its business («شركة الاستثمار X»); «تمويل من قبل Y»: Y invested; «اشترتها من Y»:
 * Y sold.
 */
class ArabicStakeSalesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-01-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ACQUISITION|ووافقت الجهات التنظيمية على بيع حصة أغلبية في \"أوبر\" إلى \"مبادلة\".|Mubadala Investment Company|Uber|",
            "ACQUISITION|وأتمت شركة سوفت بنك بيع حصتها بالكامل في شركة أوبر لصالح مجموعة بلاك روك.|BlackRock|Uber|SoftBank",
            "INVESTMENT|وقررت شركة سامسونج بيع حصة صغيرة في شركة إنتل لشركة أرامكو.|Saudi Aramco|Intel|Samsung",
            "ACQUISITION|وأعلنت شركة إنتل عن بيع 51% من حصتها في شركة موبايلآي لشركة سيلفر ليك.|Silver Lake|موبايلآي|Intel"})
    void theBuyerNamedAfterTheCompanyTakesTheStake(String type, String text, String buyer, String company, String seller) {
        Extracted x = x(text);
        x.requireFact(FactType.valueOf(type), buyer, company);
        if (seller != null) {
            assertTrue(x.fact(FactType.INVESTMENT, seller, company).isEmpty(), x.describeFacts());
            assertTrue(x.fact(FactType.ACQUISITION, seller, company).isEmpty(), x.describeFacts());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة تسلا إنها اشترتها من مجموعة سوفت بنك.|Tesla",
            "وأعلنت شركة أوبر أنها اشترت من مجموعة سوفت بنك شركة كريم.|Uber",
            "ونمت شركة زيلو، التي اشترتها شركة أوبر من مجموعة سوفت بنك عام 2019.|Uber",
            "وتعمل شركة كريم، وهي شركة إماراتية اشترتها أوبر من مجموعة سوفت بنك العام الماضي، في دبي.|Uber"})
    void theOneBoughtFromSoldNothingWasBought(String text, String buyer) {
        Extracted x = x(text);
        assertTrue(x.fact(FactType.ACQUISITION, buyer, "SoftBank").isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وباعت شركة إنتل وحدتها لشركة الاستثمار الأمريكية سيلفر ليك.|Intel|سيلفر ليك",
            "والتقى رئيس شركة أرامكو بمسؤولي شركة الاستثمار بلاك روك.|Saudi Aramco|BlackRock",
            "وقالت شركة أوبر إنها تعاقدت مع بنك الاستثمار غولدمان ساكس.|Uber|Goldman Sachs"})
    void aDealNounNamingACompanysBusinessIsNoDeal(String text, String first, String second) {
        Extracted x = x(text);
        assertTrue(x.fact(FactType.INVESTMENT, first, second).isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.INVESTMENT, second, first).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت مصادر إن شركة كريم الإماراتية قد حصلت على تمويل بقيمة 5 ملايين دولار من قبل شركة بلاك روك.|كريم|BlackRock",
            "أعلنت شركة أوبر أنها حصلت على تمويل بقيمة 20 مليون دولار من قبل صندوق سوفت بنك.|Uber|SoftBank",
            "وذكرت التقارير أن شركة تسلا حصلت على تمويل بقيمة 10 ملايين دولار من قبل مجموعة مبادلة.|Tesla|Mubadala Investment Company"})
    void fundingFromAnAgentIsTheAgentsInvestment(String text, String company, String investor) {
        Extracted x = x(text);
        x.requireFact(FactType.FUNDING_ROUND, company, null);
        x.requireFact(FactType.INVESTMENT, investor, company);
        assertTrue(x.fact(FactType.FUNDING_ROUND, investor, null).isEmpty(), x.describeFacts());
    }
}
