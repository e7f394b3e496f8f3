package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A لل word that governs a preposition after a company or body («للاستحواذ على», «للحصول على») says what it does
 * it for; it is no complement of the name, as a trade is («للتجارة», «للاستثمار»).
 */
class ArabicPurposeComplementsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "تجري المحادثات لشركة نوفاتك للاستحواذ على مصنع في جدة.|نوفاتك",
            "تقدمت شركة بريدج للحصول على رخصة بنك رقمي.|بريدج",
            "وسعت شركة تالبكس للانضمام إلى السوق السعودية.|تالبكس"})
    void theNameEndsBeforeThePurpose(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ينتظر البنك موافقة البنك المركزي للحصول على رخصة.",
            "وتسعى الهيئة العامة للبحث عن حلول جديدة.",
            "وتقدمت الشركة القابضة للحصول على قرض."})
    void aCommonNounWithAPurposeIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستحوذت شركة أبوظبي للاستثمار على حصة في المصنع.|شركة أبوظبي للاستثمار",
            "وحصلت شركة المراعي للتجارة على عقد جديد.|المراعي للتجارة",
            "وتعاقدت الشركة الوطنية للتأمين مع البنك.|الشركة الوطنية للتأمين"})
    void aTradeBeforeTheVerbsPrepositionStaysInTheName(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }
}
