package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A word written with the accusative tanween is an indefinite word: it is in no name, quoted or not. */
class ArabicTanweenTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وفي العام الماضي أطلق سامر استطلاعًا حول الخدمة الجديدة.|استطلاع",
            "وقدم خالد عرضاً لشراء الشركة الناشئة.|عرض",
            "ووجه كريم سؤالًا إلى مجلس الإدارة عن الخطة.|سؤال",
            "وقال المدير إنه سيرحل عندما يجد شخصًا \"مناسبًا\" للمنصب.|مناسب"})
    void aTanweenWordIsInNoName(String text, String noun) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.aliases().stream().anyMatch(a -> a.contains(noun))),
                x.names());
    }
}
