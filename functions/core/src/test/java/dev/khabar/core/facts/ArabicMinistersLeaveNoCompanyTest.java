package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تنحى وزير النفط، فلان»: a minister who leaves, with no ministry named in his sentence, leaves a government post, not
 * the company the story is about.
 */
class ArabicMinistersLeaveNoCompanyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "أعلنت منظمة الطاقة العربية خطتها الجديدة. ¶ وتنحى وزير النفط في سلطنة عمان، سامي الحكيم، من منصبه بعد 24 عاما.|سامي الحكيم",
        "قالت شركة نوراتك إنها ستطرح أسهمها. ¶ وقدم وزير المالية سامي الحكيم استقالته من الحكومة أمس.|سامي الحكيم",
        "رحبت شركة نوراتك بالقرار. ¶ واستقالت وزيرة الصناعة هند الزياني من منصبها.|هند الزياني"})
    void theMinisterLeavesNoCompany(String text, String person) {
        Extracted x = Extracted.of(text.replace(" ¶ ", "\n"), "2025-02-01");
        assertFalse(x.document().facts().stream().anyMatch(f -> f.type() == FactType.EMPLOYMENT_END
                && f.subject().equals(x.withAlias(person).id())), x.describeFacts());
    }

    @Test
    void anExecutiveStillLeavesTheStorysCompany() {
        Extracted x = Extracted.of("قالت شركة نوراتك إنها ستطرح أسهمها.\nوقدم الرئيس التنفيذي سامي الحكيم استقالته من منصبه أمس.",
                "2025-02-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_END, "سامي الحكيم", "نوراتك"), x.describeFacts());
    }
}
