package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a company is and what it buys, around the phrases that place it: ranked «أحد أكبر البنوك في X» it is in X;
 * «الدولة الواقعة في X» places a common noun, not a company named earlier; and its seat set between a buyer and the
 * share it buys («شركة X الواقعة في دبي حصة في Y») leaves the purchase a stake.
 */
class ArabicSeatsAndStakesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأبرمت شركة الريم اتفاقية مع بنك الظفرة، أحد أكبر البنوك التجارية في الإمارات، لتمويل مصانعها.|بنك الظفرة|الإمارات",
            "وتعاقدت الهيئة مع شركة المدار، إحدى أبرز الشركات الهندسية في مصر، لتصميم المحطة.|المدار|مصر"})
    void rankedAmongTheBodiesOfAPlaceItIsInIt(String text, String org, String place) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.LOCATED_IN, org, place), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ونقلت وكالة الأنباء عن مصادر في بنك الرواد أن المستثمر سيشتري حصة في أكبر مصنع بالدولة الواقعة في شمال أفريقيا.|بنك الرواد|شمال أفريقيا",
            "وقال مدير شركة النخيل إن المشروع سيقام قرب القرية الكائنة في جنوب لبنان.|النخيل|لبنان"})
    void aCommonNounBeforeTheParticipleIsWhatLiesThere(String text, String org, String place) {
        Extracted e = x(text);
        assertFalse(e.hasFactByAlias(FactType.LOCATED_IN, org, place), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واشترت شركة زيفرا الواقعة في دبي حصة في شركة الينابيع مقابل 4 ملايين دولار.|زيفرا|الينابيع",
            "واشترت مجموعة الأفق، ومقرها الرياض، حصة أقلية في شركة تمرة للتقنية.|مجموعة الأفق|تمرة للتقنية"})
    void theBuyersSeatBetweenItAndTheShareLeavesAStake(String text, String buyer, String target) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.INVESTMENT, buyer, target), e.describeFacts());
        assertFalse(e.hasFactByAlias(FactType.ACQUISITION, buyer, target), e.describeFacts());
    }
}
