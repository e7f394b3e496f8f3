package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «استحوذت شركة أرامكس على بلوفيلد مقابل …»: the undefined name taken over, closed by its price or the deal, is a
 * company; shares, assets and buildings taken over are not. Texts written here.
 */
class ArabicDealObjectsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "استحوذت شركة أرامكس على بلوفيلد مقابل 50 مليون دولار.|أرامكس|بلوفيلد",
            "وأعلنت نوفاتك أنها استحوذت على فالكو لابز مقابل 20 مليون دولار.|نوفاتك|فالكو لابز",
            "وأعلنت نوفاتك استحواذها على زيبرا سوفت بقيمة 20 مليون دولار.|نوفاتك|زيبرا سوفت"})
    void theNameTakenOverIsACompany(String text, String buyer, String target) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(target).type(), e.names());
        assertTrue(e.hasFactByAlias(FactType.ACQUISITION, buyer, target), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتسعى الشركة للاستحواذ على كوانتيكس في صفقة تقدر بمليار دولار.|كوانتيكس"})
    void theDealClosesTheName(String text, String target) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertEquals(EntityType.ORGANIZATION, e.withAlias(target).type(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستحوذت الشركة على أسهم مقابل 10 ملايين دولار.",
            "واستحوذت الشركة على مستشفى بقيمة 100 مليون ريال.",
            "واستحوذت الشركة على حصة مقابل 5 ملايين دولار.",
            "واستحوذت الشركة على كامل أسهم الشركة."})
    void sharesAndAssetsAreNoCompany(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.document().entities().isEmpty(), e.names());
    }
}
