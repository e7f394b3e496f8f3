package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «شركة الاستثمار X», «شركة البناء X»: the industry of the company whose name follows describes it, names nothing. */
class ArabicIndustryDescriptionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "شغل مناصب عليا في شركة البناء Zentro قبل أن ينتقل إلى الحكومة.|Zentro|شركة البناء",
            "حصلت الشركة على تمويل من شركة الاستثمار Norvale التي تتخذ من دبي مقرا لها.|Norvale|شركة الاستثمار",
            "باعت الشركة حصتها لشركة الاستثمار الأمريكية Kelmont مقابل مليار دولار.|Kelmont|شركة الاستثمار",
            "فازت شركة المقاولات Bravida بعقد لبناء الجسر.|Bravida|شركة المقاولات"})
    void theIndustryBeforeANameIsNoName(String text, String name, String description) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
        assertTrue(x.entity(description).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المدير إن الشركة الأمريكية استحوذت على شركتين العام الماضي.|استحوذت",
            "وأضاف أن الشركة الإماراتية اشترت حصة في مصنع للألبان.|اشترت",
            "وأوضح أن الشركة الصينية أطلقت هاتفا جديدا في السوق.|أطلقت"})
    void aVerbAfterACompanysNationalityIsNoName(String text, String verb) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(verb).isEmpty(), x.names());
    }
}
