package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every company of an Arabic verb's list of doers lays off, with a count or without one. */
class ArabicListedLayoffsTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "أعلنت شركتا زيفرا ونوفاتك تسريح آلاف الموظفين.",
            "سرحت شركة زيفرا وشركة نوفاتك 12 ألف موظف.",
            "وسرحت كل من شركة زيفرا وشركة نوفاتك أكثر من 30 ألف موظف خلال العام."})
    void eachListedCompanyLaysOff(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactOfType(FactType.LAYOFF) && x.document().facts().stream()
                .filter(f -> f.type() == FactType.LAYOFF).map(f -> f.subject()).distinct().count() == 2, x.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "أعلنت شركة زيفرا تسريح 12 ألف موظف، فيما تعمل شركات مثل نوفاتك وبريستون على زيادة التوظيف.",
            "وسرحت شركة زيفرا 200 موظف، وقالت شركتا نوفاتك وبريستون إنهما لا تخططان لتسريحات."})
    void companiesOfAnotherClauseDoNot(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF).count() > 1, x.describeFacts());
    }
}
