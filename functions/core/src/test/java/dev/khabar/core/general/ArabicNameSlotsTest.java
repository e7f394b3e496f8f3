package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Foreign names whose first letter looks like a clitic (ف ب ل ك و), and titles written in their variant forms. */
class ArabicNameSlotsTest {
    @Test
    void aNameAfterAVerbOfSayingKeepsItsFirstLetter() {
        Extracted x = Extracted.of("قال فلورنس دوبوا، مدير المبيعات في شركة أكمي، إن الطلب ارتفع.", "2025-01-01");
        x.requireEntity("Florence Doboa");
        Extracted y = Extracted.of("وأوضح وستون هيل، المدير الفني لشركة أوميغا، أن التجارب نجحت.", "2025-01-01");
        y.requireFact(FactType.ROLE, "Wston Hil", "أوميغا");
    }

    @Test
    void anApposedUnknownNameIsNotCutAfterItsFirstLetter() {
        Extracted x = Extracted.of("وتحدث فيرغوس كامبل، الرئيس التنفيذي لشركة زيتا، عن الخطة.", "2025-01-01");
        x.requireFact(FactType.ROLE, "Firghos Kambl", "زيتا");
    }

    @Test
    void aConjunctionStillComesOffAKnownName() {
        Extracted x = Extracted.of("وحضر الاجتماع مسؤولون وبيتر شولتز، المدير المالي لشركة نوفا.", "2025-01-01");
        x.requireEntity("Peter Sholtz");
    }

    @Test
    void titlesMatchInTheFeminineAndWithFinalYaVariants() {
        Extracted x = Extracted.of("وقالت نادين رامي، الرئيسة التنفيذية لشركة كابا، إن الأرباح زادت.", "2025-01-01");
        assertEquals("CEO", x.requireFact(FactType.ROLE, "Nadine Rami", "كابا").role());
        Extracted y = Extracted.of("وقال سامي عادل، الرئيس التنفيذى الحالى لشركة دلتا، إن المبيعات تحسنت.", "2025-01-01");
        assertEquals("CEO", y.requireFact(FactType.ROLE, "Sami Adel", "دلتا").role());
    }

    @Test
    void egyptianAndUnpointedSpellingsMatchTitlesAndTriggers() {
        Extracted x = Extracted.of("قالت ليلى حسن، المديره الماليه لشركه رافد، ان الشركه إستحوذت علي شركه سديم.", "2025-01-01");
        assertEquals("CFO", x.requireFact(FactType.ROLE, "Layla Hassan", "رافد").role());
        x.requireFact(FactType.ACQUISITION, "رافد", "سديم");
        Extracted y = Extracted.of("وقال سامى عادل، الرئيس التنفيذى للعمليات فى شركة رافد، إن الطلب زاد.", "2025-01-01");
        assertEquals("COO", y.requireFact(FactType.ROLE, "Sami Adel", "رافد").role());
    }

    @Test
    void possessiveTitlesAndTheCompanyPhraseNameTheStoryCompany() {
        Extracted x = Extracted.of("أعلنت شركة لامدا للبرمجيات نتائجها. وقال مؤسسها كريم منصور إن الشركة تنمو. "
                + "وقال المسؤول التنفيذي بالشركة طارق نبيل إن العمل مستمر. وأضاف مديرها وأحد مؤسسيها هشام عزت أن الفريق كبر.",
                "2025-01-01");
        x.requireFact(FactType.FOUNDED, "Karim Mansour", "لامدا للبرمجيات");
        x.requireFact(FactType.ROLE, "Tarek Nabil", "لامدا للبرمجيات");
        x.requireFact(FactType.FOUNDED, "Hisham Azt", "لامدا للبرمجيات");
        x.requireFact(FactType.ROLE, "Hisham Azt", "لامدا للبرمجيات");
    }
}
