package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «شركة كبرى» (a big company), «شركة النقل» (the transport company): what a company is, not its name. */
class ArabicCompanyDescriptionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وسرحت شركة كبرى مئات الموظفين هذا العام.|كبرى",
            "وقالت شركة رائدة في القطاع إن السوق قوية.|رائدة",
            "كما فعلت شركة النقل الأميركية Virgin Hyperloop في فبراير.|النقل"})
    void theDescriptionIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.aliases().stream().anyMatch(a -> a.contains(word))),
                x.names());
    }
}
