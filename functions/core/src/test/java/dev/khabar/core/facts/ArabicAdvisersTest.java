package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

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
    void aPersonsAdviserTitleIsNoMandate() {
        Extracted x = Extracted.of("وقال المستشار في أرامكو إن الشركة ستوسع أعمالها.", "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), x.describeFacts());
    }
}
