package dev.khabar.core.general;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «عيّنت شركة زين عمر الحربي»: a given name and a surname with the article after a company's one-word name are the
 * person the company takes on, not more of its name; a company named for a person, or a foreign name before its
 * nationality, keeps them.
 */
class ArabicPersonAfterCompanyTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عيّنت شركة زين عمر الحربي مديرا ماليا.|عمر الحربي|زين",
            "واختارت شركة تمارا سامي العتيبي رئيسا تنفيذيا لها.|سامي العتيبي|تمارا",
            "وعيّن بنك البلاد خالد الفالح رئيسا لمجلس الإدارة.|خالد الفالح|بنك البلاد"})
    void theCompanyTakesOnThePersonNamedAfterIt(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.hasFactByAlias(FactType.EMPLOYMENT_START, person, org), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت الهيئة مذكرة تفاهم مع شركة محمد أحمد الحرفي السعودية للمقاولات.|شركة محمد أحمد الحرفي السعودية للمقاولات",
            "قالت شركة فالكو مارتن البريطانية إنها ستوسع مصانعها.|فالكو مارتن"})
    void aCompanyNamedForAPersonKeepsTheName(String text, String org) {
        Extracted e = x(text);
        assertTrue(e.spelled(org).isPresent(), e.names());
    }
}
