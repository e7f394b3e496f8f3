package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lone quoted surname with a definite title in apposition is a person, and holds that title. */
class ArabicQuotedSurnamesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأوضح \"برانديس\" الرئيس التنفيذي لشركة سابك أن الأرباح تراجعت.|برانديس|SABIC",
            "وقال “كوفالسكي” المدير المالي لشركة أرامكو السعودية إن المبيعات ارتفعت.|كوفالسكي|Saudi Aramco",
            "وأكد “ريختر” الرئيس التنفيذي لشركة سابك أن الخطة مستمرة.|ريختر|SABIC"})
    void aQuotedSurnameBeforeADefiniteTitleIsAPersonHoldingIt(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity p = x.withAlias(person);
        assertEquals(EntityType.PERSON, p.type(), x.names());
        String o = x.withAlias(org).id();
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.ROLE && f.subject().equals(p.id())
                && o.equals(f.object())), x.document().facts().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة “زيفرا” الرئيس التنفيذي الجديد في بيان.|زيفرا",
            "وعينت “زيفرا” رئيسا تنفيذيا جديدا الأسبوع الماضي.|زيفرا"})
    void aCompanyBeforeATitleStaysACompany(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        x.document().entities().stream().filter(e -> e.aliases().contains(name))
                .forEach(e -> assertEquals(EntityType.ORGANIZATION, e.type(), x.names()));
    }
}
