package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The investors of a round told a sentence before, named the ways Arabic news names them: the leader between the verb
 * and the round, «فيها» for the round, «في التمويل», «المستثمرين في الجولة», «قائمة المستثمرين», «شهدت الجولة مشاركة».
 */
class ArabicToldRoundInvestorsTest {
    private static final String RAISED = "جمعت شركة زاجل للتقنية 15 مليون دولار في جولة تمويلية. ";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقادت شركة نماء فنتشرز الجولة بمشاركة صندوق واعد وشركة بذور كابيتال.|نماء فنتشرز|بذور كابيتال",
            "وشارك فيها صندوق واعد وشركة بذور كابيتال.|صندوق واعد|بذور كابيتال",
            "ومن بين المستثمرين في الجولة صندوق واعد وشركة بذور كابيتال.|صندوق واعد|بذور كابيتال",
            "وشهدت الجولة مشاركة صندوق واعد وشركة بذور كابيتال.|صندوق واعد|بذور كابيتال",
            "وضمت قائمة المستثمرين صندوق واعد وشركة بذور كابيتال.|صندوق واعد|بذور كابيتال",
            "كما شارك في التمويل مستثمرون حاليون مثل صندوق واعد وشركة بذور كابيتال.|صندوق واعد|بذور كابيتال"})
    void theNextSentenceNamesTheRoundsInvestors(String next, String first, String last) {
        Extracted x = Extracted.of(RAISED + next, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, first, "زاجل للتقنية"), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, last, "زاجل للتقنية"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "افتتحت شركة زاجل للتقنية مقرها الجديد في الرياض. وشارك فيها صندوق واعد وشركة بذور كابيتال.|صندوق واعد",
            "جمعت شركة زاجل للتقنية 15 مليون دولار في جولة تمويلية. وعقدت الشركة مؤتمراً صحفياً في الرياض. وشارك فيها صندوق واعد وشركة بذور كابيتال.|صندوق واعد",
            "وقادت شركة نماء فنتشرز الجولة الثانية من المفاوضات مع شركة زاجل للتقنية.|نماء فنتشرز"})
    void noRoundJustToldNoInvestor(String text, String investor) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.INVESTMENT, investor, "زاجل للتقنية"), x.describeFacts());
    }
}
