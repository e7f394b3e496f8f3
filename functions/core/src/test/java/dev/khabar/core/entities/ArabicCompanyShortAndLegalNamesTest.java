package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Well-known companies that Arabic news names by a short form («موانئ دبي» for DP World) or by a legal name («كريم
 * نتوركس» for Careem, whose bare name is also a given name): the gazetteer reads them as the company. Texts written here.
 */
class ArabicCompanyShortAndLegalNamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قالت موانئ دبي إن أرباحها ارتفعت خلال الربع الثالث.|موانئ دبي|DP World",
            "أطلقت كريم نتوركس خدمة جديدة لتوصيل الطرود في عمان.|كريم نتوركس|Careem",
            "فازت شركة ألكاتيل لوسنت بعقد لتطوير شبكة الهاتف في المغرب.|ألكاتيل لوسنت|Alcatel-Lucent"})
    void theCompanyIsRead(String text, String alias, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        var e = x.withAlias(alias);
        assertEquals(name, e.name(), x.names());
        assertEquals(EntityType.ORGANIZATION, e.type(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"وقال كريم منصور إن الشركة ستوسع نشاطها في الخليج.|كريم منصور"})
    void theGivenNameAloneStaysAPerson(String text, String alias) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(alias).map(e -> e.type() == EntityType.PERSON).orElse(false), x.names());
    }
}
