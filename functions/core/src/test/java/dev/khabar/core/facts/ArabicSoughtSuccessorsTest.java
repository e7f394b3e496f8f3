package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nobody takes a post when a successor is only sought («البحث عمن يخلف X», «تعيين بديل لـX») or a candidate is named
 * («المرشح الأبرز لتولي»); a title before a quoted name is the one held, the accusative after it the one taken.
 */
class ArabicSoughtSuccessorsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-01-01");
    }

    private static void noStart(Extracted x, String person, String company) {
        assertTrue(x.fact(FactType.EMPLOYMENT_START, person, company).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة إنتل إنها تبحث عمن يخلف بات غيلسنغر في منصب الرئيس التنفيذي.|Pat Gelsinger|Intel",
            "وأمضت شركة مايكروسوفت أشهرا في البحث عن من يخلف الرئيس التنفيذي ستيف بالمر.|Steve Ballmer|Microsoft",
            "وتسعى شركة آبل إلى تعيين بديل لتيم كوك خلال العام المقبل.|Tim Cook|Apple",
            "وبدأت شركة أوبر البحث عمن يخلف ترافيس كالانيك.|Travis Kalanick|Uber"})
    void theOneToBeReplacedTakesNothing(String text, String person, String company) {
        noStart(x(text), person, company);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويعد جون مارتن المرشح الأبرز لتولي منصب الرئيس التنفيذي في شركة آبل.|John Martin|Apple",
            "ويبرز اسم ستيفن كول كأحد المرشحين لتولي منصب الرئيس التنفيذي لشركة إنتل.|Steven Kol|Intel",
            "وتعتبر سارة لويس المرشحة الأوفر حظا لتولي منصب الرئيس التنفيذي في شركة أوبر.|Sara Louis|Uber"})
    void aCandidateTakesNothing(String text, String person, String company) {
        Extracted x = x(text);
        noStart(x, person, company);
        assertTrue(x.fact(FactType.ROLE, person, company).isEmpty(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أعلنت شركة أوبر تعيين المدير المالي “دارا خسروشاهي” رئيسا تنفيذيا جديدا لها.|Dara Khosrowshahi|Uber",
            "عينت شركة إنتل نائب الرئيس \"بات غيلسنغر\" رئيسا تنفيذيا للشركة.|Pat Gelsinger|Intel",
            "وعينت شركة آبل المدير المالي «تيم كوك» رئيسا تنفيذيا.|Tim Cook|Apple"})
    void theAccusativeAfterAQuotedNameIsThePostTaken(String text, String person, String company) {
        Extracted x = x(text);
        assertEquals("CEO", x.requireFact(FactType.EMPLOYMENT_START, person, company).role(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وعينت شركة أوبر دارا خسروشاهي بديلا لترافيس كالانيك في منصب الرئيس التنفيذي.|Dara Khosrowshahi|Travis Kalanick|Uber",
            "وعينت شركة آبل جون تيرنوس رئيسا تنفيذيا بديلا لتيم كوك.|John Ternus|Tim Cook|Apple",
            "وعينت شركة مايكروسوفت ساتيا ناديلا رئيسا تنفيذيا بديلا لستيف بالمر.|Satya Nadella|Steve Ballmer|Microsoft"})
    void aNamedReplacementStartsAndThePredecessorLeaves(String text, String newcomer, String predecessor, String company) {
        Extracted x = x(text);
        x.requireFact(FactType.EMPLOYMENT_START, newcomer, company);
        x.requireFact(FactType.EMPLOYMENT_END, predecessor, company);
        assertTrue(x.fact(FactType.EMPLOYMENT_START, predecessor, company).isEmpty(), x.describeFacts());
    }
}
