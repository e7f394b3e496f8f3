package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «استحوذت X على حصة سوفت بنك في أوبر»: the name in the stake noun's genitive owns the stake the buyer takes, so it
 * sells and invests in nothing; the buyer invests in the company after «في». A stake held, not taken, is still its
 * owner's investment. Texts written here.
 */
class ArabicStakeOwnersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واشترت شركة نوران القابضة حصة سوفت بنك في أوبر مقابل 5 ملايين دولار.",
            "واستحوذت شركة نوران القابضة على حصة سوفت بنك في أوبر.",
            "وقامت شركة نوران القابضة بالاستحواذ على حصة مجموعة سوفت بنك في شركة أوبر.",
            "وأتمت شركة نوران القابضة الاستحواذ على حصة سوفت بنك في أوبر الشهر الماضي."})
    void theBuyerInvestsInTheCompanyAfterFi(String text) {
        Extracted x = x(text);
        x.requireFact(FactType.INVESTMENT, "نوران القابضة", "Uber");
        assertTrue(x.fact(FactType.INVESTMENT, "SoftBank", "Uber").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.INVESTMENT, "نوران القابضة", "SoftBank").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.ACQUISITION, "نوران القابضة", "SoftBank").isEmpty(), x.describeFacts());
    }

    /**
     * «على كامل حصة X البالغة 24% في Y»: the size set beside the seller is the share of Y, and «كامل» all of X's stake,
     * not control of Y; a name with its abbreviation between the verb and the stake noun keeps them together.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت هيئة مياه الشارقة (همش) على كامل حصة «سوفت بنك» البالغة 35% في شركة أوبر مقابل 900 مليون درهم.|INVESTMENT",
            "واشترت هيئة مياه الشارقة كامل حصة سوفت بنك البالغة 12 في المئة في أوبر.|INVESTMENT",
            "استحوذت هيئة مياه الشارقة (همش) على كامل حصة «سوفت بنك» البالغة 70% في شركة أوبر.|ACQUISITION"})
    void theSizeSetBesideTheSellerIsTheShareTaken(String text, FactType type) {
        Extracted x = x(text);
        x.requireFactByAlias(type, "هيئة مياه الشارقة", "أوبر");
        assertTrue(x.fact(FactType.INVESTMENT, "SoftBank", "Uber").isEmpty(), x.describeFacts());
        for (FactType any : new FactType[] {FactType.INVESTMENT, FactType.ACQUISITION}) {
            assertTrue(!x.hasFactByAlias(any, "هيئة مياه الشارقة", "سوفت بنك"), x.describeFacts());
        }
        FactType other = type == FactType.INVESTMENT ? FactType.ACQUISITION : FactType.INVESTMENT;
        assertTrue(!x.hasFactByAlias(other, "هيئة مياه الشارقة", "أوبر"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتبلغ حصة سوفت بنك في أوبر 20%.",
            "وتملك سوفت بنك حصة في أوبر منذ سنوات."})
    void aStakeHeldIsItsOwnersInvestment(String text) {
        Extracted x = x(text);
        x.requireFact(FactType.INVESTMENT, "SoftBank", "Uber");
    }
}
