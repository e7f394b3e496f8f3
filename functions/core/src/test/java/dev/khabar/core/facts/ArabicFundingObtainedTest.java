package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «حصلت شركة X على تمويل بقيمة …»: funding obtained with the company named between the verb and «على», as in
 * «كشفت شركة X عن», is a round X raises; something else obtained is none. Texts written here.
 */
class ArabicFundingObtainedTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "حصلت شركة فالكو على تمويل بقيمة 3 ملايين دولار.|فالكو|3000000",
            "تحصل شركة نوريا للتقنية على تمويل بقيمة مليون دولار لتوسيع أعمالها.|نوريا للتقنية|1000000",
            "وحصلت شركة «ريفال» الناشئة على تمويل بقيمة 20 مليون ريال من مستثمرين سعوديين.|ريفال|20000000"})
    void fundingObtainedIsARound(String text, String raiser, long amount) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        assertEquals(amount, x.requireFact(FactType.FUNDING_ROUND, raiser, null).amount().value().longValue(),
                x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "حصلت شركة فالكو على موافقة هيئة السوق المالية.",
            "حصلت شركة فالكو على جائزة أفضل شركة ناشئة، وقالت إن التمويل سيأتي لاحقاً."})
    void otherThingsObtainedAreNoRound(String text) {
        Extracted x = Extracted.of("خبر\n" + text, "2025-05-05");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.FUNDING_ROUND), x.describeFacts());
    }
}
