package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A public body named by the place it belongs to and then the field it serves after لل («هيئة الشارقة للمتاحف»),
 * also after a noun of what it serves («صندوق موانئ عجمان للتطوير»); the field's definite word ends where it no
 * longer agrees as an adjective (a verb's object after it is no part of the name).
 */
class ArabicBodiesNamedByPlaceAndFieldTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت هيئة الشارقة للمتاحف عن معرض جديد.|هيئة الشارقة للمتاحف",
            "وقال جهاز الكويت للتدريب المهني إن البرنامج بدأ.|جهاز الكويت للتدريب المهني",
            "ألغت هيئة عمان للرقابة العقد المبرم مع المورد.|هيئة عمان للرقابة",
            "وساهم صندوق موانئ عجمان للتطوير في الجولة.|صندوق موانئ عجمان للتطوير",
            "ويمول صندوق موانئ عجمان للابتكار المشروعات الناشئة.|صندوق موانئ عجمان للابتكار",
            // a council, a centre, an office, a department: heads that name a body with a place only before its field
            "وقع البنك اتفاقية مع مجلس عمان للبحوث والتطوير والابتكار.|مجلس عمان للبحوث والتطوير والابتكار",
            "وافتتح مركز دبي للصناعات الرقمية فرعا في جدة.|مركز دبي للصناعات الرقمية",
            "وقالت دائرة الشارقة للتخطيط إن الخطة جاهزة.|دائرة الشارقة للتخطيط"})
    void aBodyOfAPlaceKeepsTheFieldItServes(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ألغت هيئة عمان للرقابة العقد المبرم مع المورد.|العقد",
            "ويمول صندوق موانئ عجمان للابتكار المشروعات الناشئة.|المشروعات",
            "وقدمت وكالة فرنسا للشركة قرضا ميسرا.|وكالة فرنسا",
            // without a field after the place the council is no name: «مجلس» may be a board's or a sitting's
            "واجتمع مجلس دبي أمس لمناقشة الخطة.|مجلس"})
    void theWordsAfterTheFieldOrADativeAreNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().flatMap(e -> e.aliases().stream()).noneMatch(a -> a.contains(word)),
                x.names());
    }

    @Test
    void aMasculineFieldEndingInHaKeepsItsAdjective() {
        // «ترفيه» ends in a ه of its root, not a ة: the masculine adjective after it agrees and belongs to the name
        Extracted x = Extracted.of("حصلت شركة فالكيرا للترفيه الرقمي على تمويل جديد.", "2025-03-03");
        assertTrue(x.spelled("فالكيرا للترفيه الرقمي").isPresent(), x.names());
    }
}
