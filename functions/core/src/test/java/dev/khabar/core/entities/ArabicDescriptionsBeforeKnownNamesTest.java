package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «موقع التدوينات القصيرة تويتر»: a cue and definite words right before a known company describe it, they name no
 * company of their own; without a known name after them they stay a name («شركة التصنيع الوطنية»). Texts written here.
 */
class ArabicDescriptionsBeforeKnownNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وبعد إتمام صفقة إيلون ماسك لشراء موقع التدوينات القصيرة تويتر، تم تسريح الموظفين.|التدوينات القصيرة|تويتر",
            "واستحوذت شركة التجارة الإلكترونية أمازون على منصة سوق.|التجارة الإلكترونية|أمازون"})
    void theDescriptionIsNoCompany(String text, String description, String company) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(company).type(), e.names());
        assertTrue(e.document().entities().stream().noneMatch(x -> x.aliases().stream().anyMatch(a -> a.contains(description))),
                e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقعت شركة التصنيع الوطنية اتفاقية مع أرامكو.|شركة التصنيع الوطنية",
            "وأعلنت شركة النصر للمقاولات عن أرباحها.|شركة النصر للمقاولات"})
    void aDefiniteNameWithNoKnownNameAfterItStays(String text, String name) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(name).type(), e.names());
    }
}
