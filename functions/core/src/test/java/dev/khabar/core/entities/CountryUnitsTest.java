package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Huawei Turkey CEO X", "Oracle Egypt, a subsidiary": a company's unit in a country or region, named before its
 * executive's title or at the end of a clause. Texts written here.
 */
class CountryUnitsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Huawei Turkey CEO Jason Wu said the network would open in May.|Huawei Turkey|Jason Wu|CEO",
            "Samsung India chief executive Ravi Kumar said sales rose.|Samsung India|Ravi Kumar|CEO",
            "Toyota Europe president Marc Dubois met dealers in Lyon.|Toyota Europe|Marc Dubois|president"})
    void theUnitIsTheEmployer(String text, String unit, String person, String role) {
        Extracted en = Extracted.of(text, "2024-03-06");
        assertEquals(EntityType.ORGANIZATION, en.requireEntity(unit).type());
        assertEquals(role, en.requireFact(FactType.ROLE, person, unit).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Huawei and Turkey signed a deal on Monday.|Huawei Turkey",
            "Samsung India sales rose in May.|Samsung India",
            "Toyota said Europe chief Anna Berg would speak.|Toyota Europe"})
    void noTitleRightAfterThePlaceNoUnit(String text, String unit) {
        Extracted en = Extracted.of(text, "2024-03-06");
        assertTrue(en.entity(unit).isEmpty(), () -> en.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lina Haddad, country manager at Oracle Egypt, said the cloud region opens in June.|Oracle Egypt",
            "The bank hired Norvale Capital Africa, a firm based in Lagos, to advise it.|Norvale Capital Africa",
            "Talks with Siemens India's board ended on Friday.|Siemens India",
            "The contract went to Brightwave Solutions UAE.|Brightwave Solutions UAE"})
    void aCountryOrRegionClosingTheClauseNamesTheUnit(String text, String unit) {
        Extracted en = Extracted.of(text, "2024-03-06");
        assertEquals(EntityType.ORGANIZATION, en.requireEntity(unit).type(), () -> en.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brightwave Solutions opened an office in Dubai on Monday, and Oracle Dubai, its neighbour, followed.|Oracle Dubai",
            "Brightwave Solutions UAE expansion was approved.|Brightwave Solutions UAE"})
    void aCityOrAPlaceBeforeANounNamesNoUnit(String text, String unit) {
        Extracted en = Extracted.of(text, "2024-03-06");
        assertTrue(en.entity(unit).isEmpty(), () -> en.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وارتفعت ودائع QNB مصر 12% خلال العام.|QNB مصر",
            "وتقدم بعروض كل من بنك قطر الوطني وإتش إس بي سي وQNB مصر.|QNB مصر",
            "وقال متحدث إن فودافون قطر، التي تأسست في 2008، ستوسع شبكتها.|فودافون قطر",
            "وقال الرئيس التنفيذي لبنك الإمارات دبي الوطني - مصر، إن البنك يتوسع.|الإمارات دبي الوطني - مصر",
            "وارتفعت ودائع QNB - مصر 12% خلال العام.|QNB - مصر"})
    void anArabicUnitClosingTheClauseIsOneOrganization(String text, String unit) {
        Extracted ar = Extracted.of(text, "2024-03-06");
        assertEquals(EntityType.ORGANIZATION, ar.withAlias(unit).type(), () -> ar.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقال المدير التنفيذي لشركة هواوي الأردن ماهر الصمادي إن الشبكة ستتوسع.|هواوي الأردن|ماهر الصمادي|CEO",
            "وتحدث المدير العام لشركة فودافون قطر Peter Lund عن خطط العام المقبل.|فودافون قطر|Peter Lund|director general"})
    void anArabicUnitAfterAPrepositionalCompanyNounMayBeFollowedByItsExecutive(String text, String unit, String person,
                                                                            String role) {
        Extracted ar = Extracted.of(text, "2024-03-06");
        assertEquals(EntityType.ORGANIZATION, ar.withAlias(unit).type(), () -> ar.names());
        assertEquals(role, ar.requireFactByAlias(FactType.ROLE, person, unit).role(), () -> ar.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وارتفعت أرباح أوراسكوم تيليكوم تونس، بحسب بيان للشركة.|أوراسكوم تيليكوم تونس",
            "ووقع العقد مدير لشركة أوراسكوم للاتصالات تونس في العاصمة.|أوراسكوم للاتصالات تونس"})
    void aCompanysLongNameMayStandBeforeItsUnitsCountry(String text, String unit) {
        Extracted ar = Extracted.of(text, "2024-03-06");
        assertEquals(EntityType.ORGANIZATION, ar.withAlias(unit).type(), () -> ar.names());
    }

    @org.junit.jupiter.api.Test
    void twoSpellingsOfOneUnitAreOneEntity() {
        Extracted ar = Extracted.of("وقال مدير لشركة أوراسكوم للاتصالات تونس إن العمل بدأ. وأضاف أن أوراسكوم تيليكوم تونس"
                + "، ستوظف مئة مهندس.", "2024-03-06");
        assertEquals(ar.withAlias("أوراسكوم للاتصالات تونس"), ar.withAlias("أوراسكوم تيليكوم تونس"), () -> ar.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "دخلت شركة أمازون مصر عام 2021 بعد صفقة كبيرة.|مصر",
            "دخلت أمازون مصر عام 2021 بعد صفقة كبيرة.|مصر",
            "وقعت مايكروسوفت ومصر اتفاقية للتعاون في الحوسبة.|مصر",
            "وأعلنت أرامكو - السعودية عن أرباحها.|السعودية"})
    void aCountryThatIsAVerbsObjectOrAPartyStaysAPlace(String text, String country) {
        Extracted ar = Extracted.of(text, "2024-03-06");
        assertEquals(EntityType.LOCATION, ar.withAlias(country).type(), () -> ar.names());
    }
}
