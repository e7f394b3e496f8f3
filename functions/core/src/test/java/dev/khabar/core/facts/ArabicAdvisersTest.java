package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** «أسدى X المشورة إلى Y», «X بدور المستشار المالي»: an advisory mandate is a contract, adviser → client. */
class ArabicAdvisersTest {
    @Test
    void adviceGivenToAClientUnderIlaOrLam() {
        Extracted.of("وأسدى «غولدمان ساكس» المشورة إلى أرامكو في عملية الطرح.", "2025-01-01")
                .requireFact(FactType.CONTRACT, "Goldman Sachs", "Saudi Aramco");
        Extracted.of("وقدم بنك HSBC المشورة المالية لبنك قطر الوطني بشأن الصفقة.", "2025-01-01")
                .requireFact(FactType.CONTRACT, "HSBC", "Qatar National Bank");
    }

    @Test
    void aPronounEchoesTheAdviceForASecondPair() {
        Extracted x = Extracted.of("وأسدى مورغان ستانلي المشورة إلى أرامكو، وقدمتها لازارد لبنك الإمارات دبي الوطني.", "2025-01-01");
        x.requireFact(FactType.CONTRACT, "Morgan Stanley", "Saudi Aramco");
        x.requireFact(FactType.CONTRACT, "Lazard", "Emirates NBD");
    }

    @Test
    void aFirmInTheAdvisersPartAdvisesTheCompanyTheTextIsAbout() {
        String text = "أعلنت أرامكو أنها تدرس بيع حصة في وحدة الغاز. وقال مصدر إن ماكنزي تضطلع بدور المستشار في العملية.";
        Extracted.of(text, "2025-01-01").requireFact(FactType.CONTRACT, "McKinsey", "Saudi Aramco");
    }

    @Test
    void aFirmServingAsAdviserAdvisesItsClientOrTheOneAppointingIt() {
        Extracted.of("وعملت شركة ديلويت مستشارا لوزارة المالية في الخصخصة.", "2025-01-01")
                .requireFact(FactType.CONTRACT, "Deloitte", "وزارة المالية");
        Extracted.of("وعملت شركة جي بي مورغان مستشارا ماليا لشركة أرامكو.", "2025-01-01")
                .requireFact(FactType.CONTRACT, "JPMorgan Chase", "Saudi Aramco");
        Extracted.of("واختارت شركة زيفر بنك إتش إس بي سي مستشارا ماليا ومديرا للاكتتاب.", "2025-01-01")
                .requireFact(FactType.CONTRACT, "HSBC", "زيفر");
    }

    @ParameterizedTest
    @ValueSource(strings = {"وقال المستشار في أرامكو إن الشركة ستوسع أعمالها.",
            "عينت شركة زيفر سالم الحربي مستشارا للرئيس التنفيذي.", "وعمل سالم الحربي مستشارا لشركة أرامكو."})
    void aPersonsAdviserTitleIsNoMandate(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), x.describeFacts());
    }
}
