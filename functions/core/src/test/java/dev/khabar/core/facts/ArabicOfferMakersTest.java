package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A regulator rules on a takeover it takes no part in: the offer's maker («عرض قدمته شركة X») is the buyer, and the body
 * named behind an approval («موافقة من قبل الهيئة») is no doer of the deal. Texts written here.
 */
class ArabicOfferMakersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "رفضت هيئة الأسواق المالية عرض شراء إلزامي قدمته شركة «نوفاترون» القابضة للاستحواذ على أسهم شركة «زيلماكس للأسمدة».|نوفاترون|زيلماكس للأسمدة|هيئة الأسواق المالية",
            "وافقت هيئة الأسواق المالية على العرض الذي قدمته مجموعة كوانتيكا للاستحواذ على شركة ميرالين.|كوانتيكا|ميرالين|هيئة الأسواق المالية"})
    void theOffersMakerBuysAndTheRegulatorDoesNot(String text, String buyer, String target, String regulator) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ACQUISITION, buyer, target), x.describeFacts());
        assertFalse(x.hasFactByAlias(FactType.ACQUISITION, regulator, target)
                || x.hasFactByAlias(FactType.ACQUISITION, regulator, buyer), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويتطلب إتمام صفقة شراء شركة كوانتيكا لبقية أسهم شركة ميرالين موافقة من قبل هيئة السوق المالية.|هيئة السوق المالية"})
    void theBodyApprovingIsNoBuyer(String text, String approver) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ACQUISITION, approver, "كوانتيكا")
                || x.hasFactByAlias(FactType.ACQUISITION, approver, "ميرالين"), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتم الاستحواذ على شركة ميرالين من قبل مجموعة كوانتيكا.|كوانتيكا|ميرالين"})
    void anAgentOfTheDealStaysItsDoer(String text, String buyer, String target) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ACQUISITION, buyer, target), x.describeFacts());
    }

    /** An offer told in a clause of its own, its maker's name ending at a comma, makes its maker no buyer of another deal. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وفي عرض قدمته شركة فيرانو للمستثمرين، أعلنت مجموعة كوانتيكا الاستحواذ على شركة ميرالين.|فيرانو للمستثمرين|كوانتيكا",
            "وبعد العرض الذي طرحته شركة فيرانو على المساهمين، قررت مجموعة كوانتيكا الاستحواذ على شركة ميرالين.|فيرانو|كوانتيكا",
            "وضمن عروض قدمتها شركة فيرانو في المؤتمر، استحوذت مجموعة كوانتيكا على شركة ميرالين.|فيرانو|كوانتيكا",
            "في عرض قدمه بنك فيرانو أمس، كشفت مجموعة كوانتيكا عن شراء شركة ميرالين.|بنك فيرانو|كوانتيكا"})
    void anOfferInAnotherClauseLeavesTheBuyerAlone(String text, String offerer, String buyer) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactByAlias(FactType.ACQUISITION, offerer, "ميرالين"), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.ACQUISITION, buyer, "ميرالين"), x.describeFacts());
    }

    /** The maker's name runs on to the deal's noun: its offer, whatever verb of making it and whichever offer noun. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "درست الهيئة عرضا طرحته شركة نوفاترون لشراء شركة ميرالين.|نوفاترون",
            "رفض المساهمون العروض التي قدمتها مجموعة نوفاترون للاستحواذ على شركة ميرالين.|نوفاترون",
            "رفضت الهيئة عرضا قدمته شركة «نوفاترون» للتجارة الكويتية لشراء شركة ميرالين.|نوفاترون"})
    void theMakerRightBeforeTheDealBuys(String text, String buyer) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ACQUISITION, buyer, "ميرالين"), x.describeFacts());
    }
}
