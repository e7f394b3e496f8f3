package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «X المدعومة من Y», «تأسست X … وتدعمها شركات مثل Y»: a company backed by investors; each investor holds a stake in it.
 */
class ArabicBackingTest {
    @Test
    void aCompanyBackedByAnotherAfterItsCue() {
        Extracted x = Extracted.of("وسرحت شركة «فيرو» المدعومة من شركة «سوفت بنك» عشرات الموظفين.", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "SoftBank", "فيرو");
    }

    @Test
    void aListOfBackersAfterMinQibal() {
        Extracted x = Extracted.of("وقالت شركة «نوفيرا» السعودية، المدعومة من قبل أمازون وسيكويا، إنها ستتوسع.", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Amazon", "نوفيرا");
        x.requireFact(FactType.INVESTMENT, "Sequoia Capital", "نوفيرا");
    }

    @Test
    void aKnownFundBacksAKnownCompany() {
        Extracted x = Extracted.of("وتعمل منصة تابي المدعومة من صندوق الاستثمارات العامة في الرياض.", "2025-01-01");
        x.requireFact(FactType.INVESTMENT, "Public Investment Fund", "Tabby");
    }

    @Test
    void supportFromAGovernmentIsNoStakeWithoutACompanyBefore() {
        Extracted x = Extracted.of("وقال إن المبادرة المدعومة من أمازون ستبدأ قريبا.", "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), x.describeFacts());
    }

    @Test
    void anActiveVerbOfBackingNamesTheInvestorsAfterIt() {
        String listed = "تأسست شركة «زيفرا» في دبي عام 2019 وتدعمها صناديق استثمار كبرى مثل سيكويا وأمازون.";
        for (String investor : new String[] {"Sequoia Capital", "Amazon"}) {
            Extracted.of(listed, "2025-01-01").requireFact(FactType.INVESTMENT, investor, "زيفرا");
        }
        Extracted.of("وتعمل شركة «كوردا» في قطاع الدفع ويمولها صندوق الاستثمارات العامة.", "2025-01-01")
                .requireFact(FactType.INVESTMENT, "Public Investment Fund", "كوردا");
        Extracted state = Extracted.of("وتعمل شركة «كوردا» في قطاع الدفع وتدعمها الحكومة بقوة.", "2025-01-01");
        assertTrue(state.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT), state.describeFacts());
    }
}
