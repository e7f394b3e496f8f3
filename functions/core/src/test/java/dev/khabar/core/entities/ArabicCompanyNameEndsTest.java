package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «شركة X دفعت …»: a past verb after a company's name is what the company did, not a word of its name; «شركة التسويق
 * الرقمي، X»: a trade before the name describes the company bought. Texts written here.
 */
class ArabicCompanyNameEndsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "شركة فالترون دفعت 3 مليارات دولار للاستحواذ على شركة Brightpath.|فالترون|Brightpath",
            "شركة كوردينا دفعت 900 مليون دولار من أجل الاستحواذ على شركة Lumora.|كوردينا|Lumora",
            "وكانت شركة زيرانو ضخت 40 مليون دولار قبل أن تستحوذ على شركة Tellwise.|زيرانو|Tellwise"})
    void aPastVerbEndsTheCompanysName(String text, String buyer, String target) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.entity(buyer).isPresent(), e.names());
        assertTrue(e.entity(buyer + " " + text.split(" ")[text.startsWith("وكانت") ? 3 : 2]).isEmpty(), e.names());
        e.requireFact(FactType.ACQUISITION, buyer, target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وأعلنت شركة فالترون استحواذها على شركة الإعلانات Adzenith مقابل 200 مليون دولار.|فالترون|Adzenith|شركة الإعلانات",
            "استحوذت شركة كوردينا على شركة التسويق الرقمي Clickmere في صفقة بلغت 80 مليون دولار.|كوردينا|Clickmere|شركة التسويق الرقمي",
            "وأعلنت شركة زيرانو عن استحواذها على شركة التسويق، Reachly، في صفقة بلغت 50 مليون دولار.|زيرانو|Reachly|شركة التسويق"})
    void aTradeBeforeTheTargetDescribesIt(String text, String buyer, String target, String description) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.entity(description).isEmpty(), e.names());
        e.requireFact(FactType.ACQUISITION, buyer, target);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "عين بنك الرواد المتخصص في التمويل العقاري خالد العتيبي مديرا ماليا.|بنك الرواد|بنك الرواد المتخصص",
            "وقال مصرف الواحة العامل في السوق المحلية إن أرباحه ارتفعت.|مصرف الواحة|مصرف الواحة العامل"})
    void aMasculineParticipleAfterTheNameDescribesTheCompany(String text, String name, String longer) {
        Extracted e = Extracted.of(text, "2024-05-10");
        assertTrue(e.spelled(name).isPresent(), e.names());
        assertTrue(e.spelled(longer).isEmpty(), e.names());
    }
}
