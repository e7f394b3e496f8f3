package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «ومن المستثمرين المشاركين في الجولة A وB»: after the participle of taking part, the round told before names its
 * investors; «بقيادة سيكويا كابيتال وB»: a known investor's name with كابيتال is one name, so the co-lead after it is
 * listed too. Texts written here.
 */
class ArabicRoundParticipantsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "جمعت شركة زيلكو 5 ملايين دولار. ومن بين المستثمرين المشاركين في الجولة صندوق نوران وشركة أرامكو.",
            "أعلنت شركة زيلكو جمع 5 ملايين دولار. ومن المساهمين في الجولة صندوق نوران، وأرامكو.",
            "حصلت شركة زيلكو على تمويل بقيمة 5 ملايين دولار. وكان من المستثمرين المشاركين في الجولة التمويلية صندوق نوران وأرامكو."})
    void investorsNamedAfterTheParticipleInvestInTheRaiser(String text) {
        Extracted x = x(text);
        x.requireFact(FactType.FUNDING_ROUND, "زيلكو", null);
        x.requireFact(FactType.INVESTMENT, "صندوق نوران", "زيلكو");
        x.requireFact(FactType.INVESTMENT, "Saudi Aramco", "زيلكو");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "جمعت شركة زيلكو 5 ملايين دولار. وقال مديرها إن المشاركين في الجولة راضون عن أداء صندوق نوران."})
    void participantsNotNamedAfterTheRoundAreNoInvestors(String text) {
        Extracted x = x(text);
        assertTrue(x.fact(FactType.INVESTMENT, "صندوق نوران", "زيلكو").isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "جمعت شركة زيلكو 5 ملايين دولار في جولة تمويل بقيادة سيكويا كابيتال وأرامكو.",
            "أعلنت شركة زيلكو جمع 5 ملايين دولار بقيادة سيكويا كابيتال وشركة أرامكو.",
            "جمعت شركة زيلكو 5 ملايين دولار في جولة قادتها سيكويا كابيتال وأرامكو."})
    void aKnownInvestorWithCapitalIsOneNameBeforeTheCoLead(String text) {
        Extracted x = x(text);
        x.requireFact(FactType.INVESTMENT, "Sequoia Capital", "زيلكو");
        x.requireFact(FactType.INVESTMENT, "Saudi Aramco", "زيلكو");
    }
}
