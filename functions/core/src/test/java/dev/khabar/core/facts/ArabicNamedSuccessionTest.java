package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «سيخلف ناصر في المنصب»: a successor named with the one he replaces, whose departure an earlier sentence told, takes
 * the post at the company that departure left, though his own sentence names no company.
 */
class ArabicNamedSuccessionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قالت شركة رافد إن رئيسها التنفيذي ماجد ناصر سيترك منصبه. وقال المصدر إن خالد يوسف سيخلف ناصر في المنصب.|خالد يوسف|رافد",
            "أعلنت شركة نون استقالة رئيسها التنفيذي سامي حداد. وقالت الشركة إن ليلى يوسف ستخلف حداد اعتبارا من يناير.|ليلى يوسف|نون",
            "استقال كريم بن سالم من منصب المدير العام لشركة المدار. وقالت الشركة إن سمير العابد سيخلف كريم بن سالم في المنصب بعد شهر.|سمير العابد|المدار"})
    void theSuccessorJoinsTheCompanyTheNamedPredecessorLeft(String text, String successor, String org) {
        Extracted e = Extracted.of(text, "2025-03-01");
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, successor, org), e.describeFacts());
    }

    @Test
    void aCompanyThatSucceedsIsNoNewcomer() {
        Extracted e = Extracted.of("أعلنت شركة نون استقالة رئيسها التنفيذي سامي حداد. وقال خالد يوسف إن الشركة ستخلف حداد بقيادة جديدة.",
                "2025-03-01");
        assertFalse(e.hasFactOfType(FactType.EMPLOYMENT_START), e.describeFacts());
    }
}
