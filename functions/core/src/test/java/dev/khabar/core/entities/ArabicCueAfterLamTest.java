package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «للشركة الأردنية للتعدين»: ل + «الشركة» writes لل, dropping the article's alif; the company's name keeps its cue and
 * gets the article back, as it is written after any other word. Texts written here.
 */
class ArabicCueAfterLamTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي الرويلي الرئيس التنفيذي للشركة الأردنية للتعدين إن الطلب زاد.|الشركة الأردنية للتعدين",
            "وانضم المهندس رائد الحسن إلى المجلس الاستشاري للشركة الليبية للأسمنت العام الماضي.|الشركة الليبية للأسمنت"})
    void theCueKeepsItsArticleAfterLam(String text, String company) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(company).type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال سامي الرويلي الرئيس التنفيذي للشركة إن الطلب زاد في الربع الأخير.",
            "وأكد المدير المالي للشركة الجديدة أن الخطة جاهزة."})
    void theCompanyAloneIsNoName(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), x.names());
    }
}
