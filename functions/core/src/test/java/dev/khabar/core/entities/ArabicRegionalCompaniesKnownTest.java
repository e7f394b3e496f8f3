package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Well-known companies and agencies of the region the gazetteer knows by their Arabic names. Texts written here. */
class ArabicRegionalCompaniesKnownTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ونقلت وكالة الأنباء الألمانية عن المتحدث أن المفاوضات تعثرت.|وكالة الأنباء الألمانية|dpa",
            "وذكر المسؤول (د ب أ) أن الاتفاق سيوقع غدا.|د ب أ|dpa",
            "ووقعت مدن القابضة اتفاقية لتطوير حي سكني.|مدن القابضة|Modon Holding",
            "ورفع البنك العقاري المصري العربي أسعار الفائدة.|البنك العقاري المصري العربي|Egyptian Arab Land Bank",
            "وأطلقت ليبيانا باقات جديدة للمشتركين.|ليبيانا|Libyana",
            "وأعلنت زين العراق توسيع شبكتها في الجنوب.|زين العراق|Zain Iraq",
            // the family's companies are told apart by their second word, not all read as «أوراسكوم»
            "وارتفعت أرباح أوراسكوم المالية القابضة في الربع الثالث.|أوراسكوم المالية القابضة|Orascom Financial Holding",
            "وباعت أوراسكوم للاستثمار حصتها في شركة الكابلات.|أوراسكوم للاستثمار|Orascom Investment Holding"})
    void aKnownCompanyIsNamed(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(name, x.withAlias(alias).name(), x.names());
    }
}
