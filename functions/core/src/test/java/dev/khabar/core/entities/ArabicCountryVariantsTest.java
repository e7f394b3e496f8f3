package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countries Arabic news names otherwise than CLDR does (المجر for هنغاريا, شيلي for تشيلي) are the same countries. */
class ArabicCountryVariantsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال مسؤول في المجر إن المصنع سيفتح العام المقبل.|المجر|Hungary",
            "افتتحت الشركة مكتبا جديدا في شيلي الشهر الماضي.|شيلي|Chile",
            "وقعت الحكومة اتفاقا مع شركة صينية في بورما.|بورما|Myanmar",
            "نقلت الشركة مقرها الإقليمي إلى هونغ كونغ هذا العام.|هونغ كونغ|Hong Kong"})
    void theOtherSpellingIsTheCountry(String text, String written, String country) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.LOCATION, x.withAlias(written).type(), x.names());
        assertEquals(country, x.withAlias(written).name(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتسلم الطائرات إلى شركة فيز إير (المجر) وشركة لوت (بولندا).|فيز إير|المجر",
            "وتشمل الصفقة شركة سكاي إير (شيلي) ابتداء من العام المقبل.|سكاي إير|شيلي",
            "ووقعت شركة نوفا لينك (الدنمارك) العقد أمس.|نوفا لينك|الدنمارك"})
    void aCountryInParenthesesAfterACompanyIsNoShortNameOfIt(String text, String company, String country) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.withAlias(company).aliases().contains(country), x.names());
        assertEquals(EntityType.LOCATION, x.withAlias(country).type(), x.names());
    }
}
