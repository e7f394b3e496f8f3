package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quote after a title's detached «لـ» names its employer, with the article or as one short word. */
class ArabicQuotedEmployersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي الحربي المدير العام لـ\"الأفق للتجارة\" إن النمو قوي.|الأفق للتجارة",
            "وقال سامي الحربي، المدير العام لـ«الأفق للتجارة»، إن النمو قوي.|الأفق للتجارة",
            "وقال سامي الحربي، الرئيس التنفيذي لـ«نون»، إن النمو قوي.|نون"})
    void theQuotedEmployerHoldsTheTitle(String text, String employer) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "سامي الحربي", employer), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي الحربي إن «الخطة الوطنية» ستنجح.|الخطة الوطنية",
            "ودعا سامي الحربي لـ«الحوار» بين الأطراف.|الحوار"})
    void aQuotedPhraseWithNoTitleBeforeIsNoName(String text, String phrase) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream()
                .noneMatch(e -> e.type() == EntityType.ORGANIZATION && e.aliases().contains(phrase)), x.names());
    }
}
