package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «فلان والمدير العام لـX، فلان»: a title joined by و right after a name is the next person's, not a second of his. */
class ArabicConjoinedTitleNextPersonTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقع الاتفاق وزير النقل سمير خالد بوحجر والمدير العام في شركة الريم للمقاولات، نادر الشامي.|سمير خالد بوحجر|الريم للمقاولات",
            "وحضر التوقيع الوزير سليم الهادي والرئيس التنفيذي لشركة الريم للمقاولات.|سليم الهادي|الريم للمقاولات"})
    void theNameBeforeTheJoinedTitleHoldsNoneOfIt(String text, String person, String org) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ROLE, person, org), x.document().facts().toString());
    }
}
