package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وجاءت الخطوة بعد قرارات مماثلة اتخذتها شركة «إنتل»، و«أوراكل»، وغيرها من الشركات التي قلصت أعداد موظفيها.|Intel|Oracle",
            "وسبقتها شركتا \"سيسكو\" و\"إنتل\" اللتين خفضتا أعداد العاملين لديهما.|Cisco|Intel",
            "وتنضم بذلك إلى أوراكل وسيسكو وسواها من الشركات التي سرحت جزءا من موظفيها هذا العام.|Oracle|Cisco"})
    void aRelativeHangingOnAListMakesEachMemberADoer(String text, String first, String second) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFact(FactType.LAYOFF, first, null);
        x.requireFact(FactType.LAYOFF, second, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت إنتل في بيان أنها تعتزم خفض 5 بالمئة من موظفيها.|Intel",
            "وقالت سيسكو إنها ستقلص عدد العاملين لديها خلال الربع المقبل.|Cisco",
            "وذكرت أوراكل الشهر الماضي بأنها بصدد تسريح عدد من موظفيها.|Oracle"})
    void theReporterOfAPronounClauseLaysOff(String text, String doer) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.requireFact(FactType.LAYOFF, doer, null);
    }
}
