package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * «الرئيس المدير العام لمجمع فرمال»: a complex a title heads is a group of companies, named by the word after «مجمع»;
 * a complex with the article, or one nobody heads, names no organization. Texts written here.
 */
class ArabicGroupsOfCompaniesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وكشفت مصادر عن إنهاء مهام الرئيس المدير العام لمجمع فرمال محمد حداد.|مجمع فرمال|محمد حداد|EMPLOYMENT_END",
            "أعلن المدير العام لمجمع سيدرال نبيل حمودي أن الإنتاج زاد.|مجمع سيدرال|نبيل حمودي|ROLE",
            "وقال الرئيس التنفيذي لمجمع زاهر سامي قرموش إن المجمع سيتوسع.|مجمع زاهر|سامي قرموش|ROLE"})
    void aComplexATitleHeadsIsAGroupOfCompanies(String text, String group, String person, String fact) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(group).type(), e.names());
        assertTrue(e.hasFactByAlias(FactType.valueOf(fact), person, group), e.describeFacts());
    }

    @ParameterizedTest
    @ValueSource(strings = {"وقال المدير العام للمجمع محمد حداد إن الإنتاج زاد.", "وزار الوفد مجمع فرمال في العاصمة."})
    void aDefiniteOrUnheadedComplexIsNoOrganization(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().entities().stream().noneMatch(x -> x.type() == EntityType.ORGANIZATION), e.names());
    }
}
