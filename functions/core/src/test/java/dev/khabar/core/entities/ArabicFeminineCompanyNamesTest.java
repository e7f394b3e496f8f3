package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A company's one-word name that is a feminine noun (سدرة، نجمة، راية) before the field it works in. */
class ArabicFeminineCompanyNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة سدرة للأغذية عن نتائجها أمس.|سدرة للأغذية",
            "وأسس يوسف الكندي شركة سحابة للحلول الرقمية عام 2015.|سحابة للحلول الرقمية",
            "وقالت شركة واحة للاستثمار إن المبيعات ارتفعت.|واحة للاستثمار",
            "وعينت شركة راية للتوظيف سارة المنصوري مديرة عامة لها.|راية للتوظيف"})
    void aFeminineNounBeforeTheFieldIsTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة مملوكة للدولة إن المبيعات ارتفعت.",
            "وتملك المجموعة شركة قابضة للاستثمار في الخارج.",
            "وتعاقدت الوزارة مع شركة خاصة للأمن لحماية المباني.",
            "واستعانت الحكومة بشركة عالمية للاستشارات.",
            "وقالت شركة ناشئة للتقنية إن المبيعات ارتفعت."})
    void whatTheCompanyIsMakesNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().isEmpty(), x.names());
    }

    @Test
    void itsChairmanTitledBeforeTheNameHoldsARole() {
        Extracted x = Extracted.of("وقال رئيس مجلس إدارة شركة سدرة للأغذية، منصور الدوسري، إن النتائج قوية.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "منصور الدوسري", "سدرة للأغذية"), x.describeFacts());
    }
}
