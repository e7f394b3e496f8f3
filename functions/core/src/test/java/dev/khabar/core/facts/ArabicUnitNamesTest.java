package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** «رئيس قسم الاستحواذ», «وزير الاستثمار», «لجنة الاستثمار»: a deal noun naming a unit or an office states no deal. */
class ArabicUnitNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "وكان البريد موقعا من جون مارتن، رئيس قسم الاستحواذ بشركة أوراكل، وجاء فيه أن الشركة مهتمة بتطبيق سابك.",
            "وقال وزير الاستثمار حسن الخطيب إن شركة أرامكو ستفتتح مصنعا جديدا.",
            "وأكد مدير إدارة الاستثمارات في إنتل ديفيد براون أن شركة سيسكو شريك قديم.",
            "ووافقت لجنة الاستثمار الأجنبي على خطط شركة أوراكل في مصر."})
    void aUnitsNameIsNoDeal(String text) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.INVESTMENT
                || f.type() == FactType.ACQUISITION), x.describeFacts());
    }

    @Test
    void theDealNounAfterAVerbStillStatesOne() {
        Extracted x = Extracted.of("وأعلنت أرامكو عن الاستحواذ على شركة سابك بالكامل.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Saudi Aramco", "SABIC");
    }
}
