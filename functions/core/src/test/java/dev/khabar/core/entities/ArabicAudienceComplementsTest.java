package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «موقع سوق دوت كوم للزبائن السعوديين», «شركة نوفا للعملاء»: those a company serves, after لل, are its audience and no
 * part of its name; a field after لل stays in it («شركة نوفا للتقنية»). Texts written here.
 */
class ArabicAudienceComplementsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت أمازون على موقع سوق دوت كوم للزبائن في السعودية.|سوق دوت كوم|سوق دوت كوم للزبائن",
            "أطلقت شركة نوفا للمستهلكين تطبيقا جديدا.|نوفا|نوفا للمستهلكين",
            "وقعت شركة نوفا للمسافرين اتفاقية مع شركة طيران.|نوفا|نوفا للمسافرين",
            "استحوذت أمازون على شركة نوفا للتقنية.|نوفا للتقنية|نوفا"})
    void theAudienceEndsTheName(String text, String name, String notName) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.spelled(name).isPresent(), e.names());
        assertTrue(e.spelled(notName).isEmpty(), e.names());
    }
}
