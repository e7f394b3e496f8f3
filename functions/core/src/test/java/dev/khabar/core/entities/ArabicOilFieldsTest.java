package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «حقل» in construct with a name is an oil or gas field, a facility named with its noun, a compass word or a phase
 * number; «حقل» as a domain, or before what the field holds or a verb, names nothing. Texts written here.
 */
class ArabicOilFieldsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت شركة بترونيا عقدا لتطوير حقل الزهيرة في جنوب البلاد.|حقل الزهيرة",
            "وتسلمت الشركة إدارة حقل شمال الرملان بعد مفاوضات طويلة.|حقل شمال الرملان",
            "وبلغ إنتاج حقل شرق الخضراء/ 3 نحو مئة ألف برميل يوميا.|حقل شرق الخضراء/ 3",
            "وأعلنت الوزارة بدء الحفر في حقل سيبان وحقل تلال.|حقل تلال",
            "وتعمل الشركة في حقل الناصرية منذ عامين.|حقل الناصرية"})
    void aFieldIsAFacility(String text, String field) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.FACILITY, x.withAlias(field).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويعمل فارس في حقل الإعلام منذ عشرين عاما.|حقل الإعلام",
            "واكتشفت الشركة حقل غاز جديدا قبالة الساحل.|حقل غاز",
            "وهو أكبر حقل كانت تشغله الشركة.|حقل كانت",
            "وله خبرة طويلة في حقل التدريب المهني.|حقل التدريب",
            "وتعمل سلمى في حقل التمريض منذ عشر سنوات.|حقل التمريض",
            "وصارت الضاحية حقل تجارب للأنظمة الحديثة.|حقل تجارب"})
    void noFieldNamed(String text, String words) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }
}
