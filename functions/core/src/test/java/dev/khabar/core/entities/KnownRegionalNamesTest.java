package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Well-known places, people and companies of the region in the spellings the Arabic press uses, and media and companies the English press cites. */
class KnownRegionalNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأغلقت الشركة مكتبيها في جنين ونابلس الشهر الماضي.|Nablus|LOCATION",
            "وقال محافظ بطرسبورغ إن المصنع سيعمل قريبا.|Saint Petersburg|LOCATION",
            "وسيفتتح المصنع في سان بطرسبورغ العام المقبل.|Saint Petersburg|LOCATION",
            "وقال الوزير دينيس مانتوروف إن الإنتاج سيبدأ في الربيع.|Denis Manturov|PERSON",
            "وقالت مجموعة اللولو إنها ستفتتح عشرة متاجر جديدة.|Lulu Group|ORGANIZATION",
            "وتضم المجموعة شركات منها دبي للعقارات وشركات أخرى.|Dubai Properties|ORGANIZATION"})
    void aKnownNameInItsArabicSpelling(String text, String name, EntityType type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(type, x.requireEntity(name).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "An analyst told CNBC-TV18 that the listing was on track.|CNBC-TV18",
            "Kellam's chief told MEED in March that the tender was late.|MEED",
            "The screens are made by LG Electronics in a new plant.|LG Electronics"})
    void aKnownCompanyInEnglish(String text, String alias) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(alias).type(), x.names());
    }
}
