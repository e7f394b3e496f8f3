package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «"شريكا استراتيجيا"», «"مستشارا فنيا"»: an indefinite noun in the accusative and its nisba adjective, quoted for
 * emphasis, say what someone becomes and name no organization; a company quoted with its region («"تويوتا آسيا"») stays
 * one. Texts written here.
 */
class ArabicQuotedDescriptionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال بنك الريان إن شركة سحاب للتقنية ستصبح \"شريكا استراتيجيا\" له.|شريكا استراتيجيا",
            "قرر خالد منصور التخلي عن رئاسة شركة سحاب للتقنية التي سيصبح \"مستشارا فنيا\" لها.|مستشارا فنيا",
            "وأصبحت شركة سحاب للتقنية \"لاعبا رئيسيا\" في سوق الدفع.|لاعبا رئيسيا"})
    void aQuotedAccusativeDescriptionIsNoName(String text, String quoted) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(quoted).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة \"تويوتا آسيا\" إنها ستتوسع.|تويوتا آسيا",
            "ووقعت شركة \"نوكيا\" اتفاقية مع شركة سحاب للتقنية.|نوكيا"})
    void aQuotedCompanyStaysOne(String text, String quoted) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(quoted).isPresent(), x.names());
    }
}
