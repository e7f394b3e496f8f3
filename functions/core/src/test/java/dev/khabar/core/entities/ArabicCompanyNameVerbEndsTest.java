package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «شركة زيلكو تهدف إلى …», «قيام شركة زيلكو بجمع مبلغ …»: an imperfect verb of what a company aims, plans or offers,
 * ب with the verbal noun of raising, and the noun of a sum after a company's name end the name. Texts written here.
 */
class ArabicCompanyNameVerbEndsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويُذكر أن شركة زيلكو تهدف إلى توسيع أعمالها في الخليج.|زيلكو",
            "وقالت مصادر إن شركة برامو تخطط لدخول السوق المصرية.|برامو",
            "وكانت شركة نيفورا تعتزم طرح أسهمها العام المقبل.|نيفورا",
            "وأوضح أن شركة كاليبسو توفر خدماتها في عشر دول.|كاليبسو",
            "وتأتي الجولة بعد قيام شركة ترافلو بجمع 4 ملايين دولار العام الماضي.|ترافلو"})
    void theVerbAfterTheNameIsNoWordOfIt(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "جمعت شركة زيلكو مبلغ 12 مليون دولار في جولة تمويل جديدة.|زيلكو",
            "وأعلنت شركة برامو قيامها بجمع مبلغ 3 ملايين دولار من مستثمرين.|برامو"})
    void theSumAfterTheNameIsNoWordOfIt(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.requireFact(FactType.FUNDING_ROUND, name, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة نوران تيك عن مشروع جديد.|نوران تيك",
            "وأعلنت شركة تيرا بايت عن مشروع جديد.|تيرا بايت"})
    void otherWordsAfterTheFirstStayInTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }
}
