package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «عمل كباحث في شركات “X وY وZ”»: a plural of companies names each of them, quoted together or not, and the title
 * is held at each.
 */
class ArabicPluralEmployersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وعمل كريم الخطيب كباحث في شركات “نوراتك وسمارت لينك وديجيتال زون” قبل انضمامه إلى الحكومة.",
        "وعمل كريم الخطيب كباحث في شركات نوراتك وسمارت لينك وديجيتال زون.",
        "وعمل كريم الخطيب كباحث في شركات \"نوراتك وسمارت لينك وديجيتال زون\" لعشرة أعوام."})
    void theTitleIsHeldAtEachCompanyListed(String text) {
        Extracted x = Extracted.of(text, "2025-02-01");
        for (String company : new String[] {"نوراتك", "سمارت لينك", "ديجيتال زون"}) {
            assertEquals(EntityType.ORGANIZATION, x.withAlias(company).type());
            assertEquals("researcher", x.requireFactByAlias(FactType.ROLE, "كريم الخطيب", company).role());
        }
    }

    @Test
    void aQuotedNameAfterOneCompanyStaysWhole() {
        Extracted x = Extracted.of("وأطلقت شركة “وادي التقنية” منصتها الجديدة.", "2025-02-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias("وادي التقنية").type());
    }

    @Test
    void aSignerAndASecondCompanyAfterASingularAreNoEmployers() {
        Extracted x = Extracted.of("ووقع الرئيس التنفيذي لشركة نوراتك كريم الخطيب وشركة سمارت لينك اتفاقية تعاون.", "2025-02-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, "كريم الخطيب", "نوراتك"), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ROLE, "كريم الخطيب", "سمارت لينك"), x.describeFacts());
    }
}
