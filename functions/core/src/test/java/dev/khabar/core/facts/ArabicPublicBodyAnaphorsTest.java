package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «رئيس الهيئة محمد القحطاني»: a title whose complement is the authority's own noun is held at the authority named
 * before, though a regulator is never a titled person's unstated employer; «للشركة» still skips the regulator.
 */
class ArabicPublicBodyAnaphorsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت هيئة السوق المالية قرارها. وقال رئيس الهيئة محمد القحطاني إن القرار نهائي.|محمد القحطاني|هيئة السوق المالية",
            "أعلنت هيئة السوق المالية قرارها. وقال محمد القحطاني، رئيس الهيئة، إن القرار نهائي.|محمد القحطاني|هيئة السوق المالية",
            "أطلقت مؤسسة النقد منصة جديدة. وقال محافظ المؤسسة محمد القحطاني إن المنصة آمنة.|محمد القحطاني|مؤسسة النقد"})
    void theBodysOwnNounPointsToIt(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @Test
    void theCompanyIsNeverTheRegulator() {
        Extracted x = Extracted.of("أعلنت هيئة السوق المالية موافقتها على طرح شركة سحاب للبرمجيات. "
                + "وقال الرئيس التنفيذي للشركة محمد القحطاني إن الطرح سيبدأ قريباً.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "محمد القحطاني", "سحاب للبرمجيات"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, "محمد القحطاني", "هيئة السوق المالية"), x.describeFacts());
    }
}
