package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Arabic layoffs told without a count of people: the staff noun far after the verb, a list of doers after it. */
class ArabicLayoffRulesTest {
    @Test
    void aListOfCompaniesAfterTheVerbEachLaysOff() {
        Extracted x = Extracted.of("وقلصت شركات مثل «إنتل» و«أوراكل» و«سيسكو» أعداد العاملين خلال الربع الأخير.", "2025-01-01");
        x.requireFact(FactType.LAYOFF, "Intel", null);
        x.requireFact(FactType.LAYOFF, "Oracle", null);
        x.requireFact(FactType.LAYOFF, "Cisco", null);
    }

    @Test
    void theStaffNounStandsAfterTheCompanysDescription() {
        Extracted x = Extracted.of("خفضت شركة «تالابات» المملوكة لشركة «دليفري هيرو» الألمانية نحو 5% من العمالة في مصر.", "2025-01-01");
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.LAYOFF), x.describeFacts());
        x.requireFact(FactType.LAYOFF, "تالابات", null);
    }

    @Test
    void dispensingWithPartOfTheWorkforce() {
        Extracted x = Extracted.of("وقررت سيسكو الاستغناء عن 7% من قوتها العاملة بعد تراجع المبيعات.", "2025-01-01");
        x.requireFact(FactType.LAYOFF, "Cisco", null);
    }

    @Test
    void cuttingSpendingIsNoLayoff() {
        Extracted x = Extracted.of("وخفضت إنتل الإنفاق على المصانع، وقال موظفوها إنهم متفائلون.", "2025-01-01");
        assertTrue(x.fact(FactType.LAYOFF, "Intel", null).isEmpty(), x.describeFacts());
    }
}
