package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «وسيواصل X مهامه كنائب لرئيس مجلس إدارة Y», «ويواصل X عمله رئيساً لـY»: the post one goes on holding is held. */
class ArabicContinuedPostsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وسيواصل كريم داود مهامه كنائب لرئيس مجلس إدارة بنك الأمل.|كريم داود|بنك الأمل",
            "ويواصل كريم داود عمله رئيساً لمجلس إدارة بنك الأمل.|كريم داود|بنك الأمل",
            "وكريم داود يواصل مهامه مديراً عاماً لشركة سحاب للبرمجيات.|كريم داود|سحاب للبرمجيات"})
    void theContinuedPostIsHeld(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ROLE, person, org), x.describeFacts());
    }

    @Test
    void continuingWorkWithNoTitleIsNoPost() {
        Extracted x = Extracted.of("وقال كريم داود إنه سيواصل عمله في الشركة رغم الخلافات مع بنك الأمل.", "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ROLE, "كريم داود", "بنك الأمل"), x.describeFacts());
    }
}
