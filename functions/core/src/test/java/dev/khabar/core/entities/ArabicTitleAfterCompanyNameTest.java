package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «أقالت شركة X للتجارة المدير العام فلان», «أقال بنك X الرئيس التنفيذي فلان»: a title after a company's field or a
 * bank's name is the officer the company acts on, no word of its name.
 */
class ArabicTitleAfterCompanyNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أقالت شركة الأفق للتجارة المدير العام للشركة سامي الحربي.|شركة الأفق للتجارة",
            "أعفت شركة الأفق للتجارة الرئيس التنفيذي سامي الحربي من منصبه.|شركة الأفق للتجارة",
            "أقال بنك الريان الرئيس التنفيذي للبنك سامي الحربي.|بنك الريان",
            "وأقال مجلس إدارة بنك الريان الرئيس التنفيذي سامي الحربي.|بنك الريان"})
    void theCompanyEndsBeforeTheTitle(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.EMPLOYMENT_END, "سامي الحربي", company), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت الشركة السعودية للتنمية والاستثمار التقني إن الأرباح زادت.|الشركة السعودية للتنمية والاستثمار التقني",
            "ووقعت وزارة قطاع الأعمال العام اتفاقا جديدا.|وزارة قطاع الأعمال العام"})
    void namesWithoutATitleStayWhole(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(name).isPresent(), x.names());
    }
}
