package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «صفقة مع Y لتستحوذ الأخيرة على Z»: a deal is the takeover its purpose tells, and the party after «مع» is no target;
 * a part named after «بما في ذلك» is taken by the same buyer. Texts written here.
 */
class ArabicDealPurposesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأتمت شركة سابك صفقة بقيمة ملياري دولار مع شركة أرامكو لتستحوذ الأخيرة على شركة معادن.|Saudi Aramco|معادن|SABIC",
            "أبرمت مايكروسوفت صفقة مع أمازون الشهر الماضي لتستحوذ الأخيرة على شركة كريم.|Amazon|كريم|Microsoft",
            "ووقعت أمازون صفقة مع شركة مايكروسوفت للاستحواذ على شركة «زيفرا» الناشئة.|Amazon|زيفرا|Microsoft"})
    void thePartyWithWhomADealIsMadeIsNoTarget(String text, String buyer, String target, String side) {
        Extracted e = Extracted.of(text, "2024-05-10");
        e.requireFact(FactType.ACQUISITION, buyer, target);
        assertTrue(e.fact(FactType.ACQUISITION, buyer, side).isEmpty() && e.fact(FactType.ACQUISITION, side, buyer).isEmpty(),
                e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأتمت شركة سابك صفقة مع شركة أرامكو لتستحوذ الأخيرة على شركة معادن، بما في ذلك حصة أغلبية في شركة كريم.|Saudi Aramco|كريم",
            "أعلنت مايكروسوفت أنها ستستحوذ على شركة «زيفرا»، بما في ذلك حصة أغلبية في شركة كريم.|Microsoft|كريم",
            "استحوذت أمازون على شركة «نوفا» بما فيها حصة الأغلبية في شركة كريم.|Amazon|كريم"})
    void aPartIncludedInATakeoverGoesToItsBuyer(String text, String buyer, String part) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.ACQUISITION, buyer, part);
    }
}
