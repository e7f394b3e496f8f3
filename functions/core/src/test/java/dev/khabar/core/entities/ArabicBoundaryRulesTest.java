package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** Where Arabic names start and end: cue nouns, complements, honorifics, verbs and adjectives that border them. */
class ArabicBoundaryRulesTest {
    private static boolean anyAliasContains(Extracted x, String part) {
        return x.document().entities().stream().anyMatch(e -> e.aliases().stream().anyMatch(a -> a.contains(part)));
    }

    @Test
    void companyNameTakesItsAdjectivesAndLamComplement() {
        Extracted x = Extracted.of("فازت شركة الريان العامة للإنشاءات بعقد جديد، وقالت الشركة الأهلية للتطوير والإسكان إنها ستشارك.",
                "2025-01-01");
        assertTrue(x.spelled("الريان العامة للإنشاءات").isPresent(), x.names());
        assertTrue(x.spelled("الشركة الأهلية للتطوير والإسكان").isPresent(), x.names());
    }

    @Test
    void anIndustryNounAfterTheCueDescribesACompany() {
        Extracted x = Extracted.of("أعلنت شركة الاتصالات المتنقلة عن نتائجها.", "2025-01-01");
        assertFalse(anyAliasContains(x, "الاتصالات"), x.names());
    }

    @Test
    void aForeignCompanyNameStopsAtItsNationalityAdjective() {
        Extracted x = Extracted.of("قالت شركة فالكو مارتن البريطانية إنها ستوسع مصانعها.", "2025-01-01");
        assertTrue(x.spelled("فالكو مارتن").isPresent(), x.names());
        assertFalse(anyAliasContains(x, "البريطانية"), x.names());
    }

    @Test
    void publicBodyInConstructWithThePublicAdjective() {
        Extracted x = Extracted.of("وأعلنت وزارة قطاع النقل العام خطة جديدة العام الماضي.", "2025-01-01");
        assertTrue(x.spelled("وزارة قطاع النقل العام").isPresent(), x.names());
    }

    @Test
    void honorificsAndLongBinChains() {
        Extracted x = Extracted.of("وحضر سمو الأمير الدكتور فهد بن خالد بن سلمان آل فيصل الحفل.", "2025-01-01");
        assertTrue(x.spelled("فهد بن خالد بن سلمان آل فيصل").isPresent(), x.names());
        assertEquals(EntityType.PERSON, x.spelled("فهد بن خالد بن سلمان آل فيصل").get().type());
    }

    @Test
    void aVerbAfterANameIsNotPartOfIt() {
        Extracted x = Extracted.of("وقالت الشركة إن كريستيان فولمر سيصبح رئيسا لمجلس الإدارة.", "2025-01-01");
        assertTrue(x.spelled("كريستيان فولمر").isPresent(), x.names());
        assertFalse(anyAliasContains(x, "سيصبح"), x.names());
    }

    @Test
    void aMasculineNisbaStaysInAPersonsName() {
        Extracted x = Extracted.of("وأكد خالد الكويتي، الرئيس التنفيذي للشركة، أن العمل مستمر.", "2025-01-01");
        assertTrue(x.spelled("خالد الكويتي").isPresent(), x.names());
    }

    @Test
    void placeNounsAndBasedStatementsNameUnlistedPlaces() {
        Extracted x = Extracted.of("ولدت الفكرة في مدينة سوتشان، وتعمل الشركة من مقرها في بلومارك.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.spelled("سوتشان").orElseThrow().type(), x.names());
        assertEquals(EntityType.LOCATION, x.spelled("بلومارك").orElseThrow().type(), x.names());
    }

    @Test
    void parenthesizedShortNamesAndQuotedSecondNamesAreAliases() {
        Extracted x = Extracted.of("وقعت الشركة الوطنية للصناعات الدقيقة (دقة) اتفاقا مع شركة الفجر للمقاولات \"رامكو تيك\". "
                + "وقال رئيس (دقة) إن شركة الفجر ستبدأ العمل.", "2025-01-01");
        Entity precise = x.spelled("الشركة الوطنية للصناعات الدقيقة").orElseThrow();
        assertTrue(precise.aliases().contains("دقة"), x.names());
        Entity fajr = x.spelled("شركة الفجر للمقاولات").orElseThrow();
        assertTrue(fajr.aliases().contains("رامكو تيك"), x.names());
    }

    @Test
    void quotedPhrasesAndEventsAreNotNames() {
        Extracted x = Extracted.of("وقال إنه \"يسعد ويفتخر\" بالمشاركة في مؤتمر GITEX للتقنية.", "2025-01-01");
        assertTrue(x.document().entities().isEmpty(), x.names());
    }

    @Test
    void theKingdomAloneIsTheKingdomTheStoryNames() {
        Extracted saudi = Extracted.of("وقالت السعودية إن الخطة تدعم اقتصاد المملكة.", "2025-01-01");
        assertEquals("Saudi Arabia", saudi.spelled("المملكة").orElseThrow().name(), saudi.names());
        Extracted jordan = Extracted.of("قالت الحكومة إن صادرات الأردن ارتفعت وإن المملكة تصدر الفوسفات.", "2025-01-01");
        assertEquals("Jordan", jordan.spelled("المملكة").orElseThrow().name(), jordan.names());
    }

    @Test
    void theOutletOfADatelineIsAnOrganizationButNotTheDoer() {
        Extracted x = Extracted.of("دبي - أخبار اليوم: استحوذت أرامكو على شركة نافتا بالكامل.", "2025-01-01");
        assertTrue(x.spelled("أخبار اليوم").isPresent(), x.names());
        assertTrue(x.document().facts().stream().noneMatch(f -> f.subject().equals(x.spelled("أخبار اليوم").get().id())),
                x.describeFacts());
    }

    @Test
    void aKnownNameInQuotesAfterACueNameIsTheSameOrganization() {
        Extracted x = Extracted.of("وقع صندوق الرؤية \"Mubadala\" اتفاقا جديدا.", "2025-01-01");
        assertTrue(x.spelled("صندوق الرؤية").orElseThrow().aliases().contains("Mubadala"), x.names());
    }

    @Test
    void aPlaceOpeningAnInstitutionsNameIsPartOfIt() {
        Extracted x = Extracted.of("وقعت شركة الرياض الوطنية للإسكان اتفاقا مع جامعة القاهرة، وقالت شركة في دبي إنها ستشارك.",
                "2025-01-01");
        assertTrue(x.spelled("شركة الرياض الوطنية للإسكان").isPresent(), x.names());
        assertTrue(x.spelled("جامعة القاهرة").isPresent(), x.names());
        assertTrue(x.entity("Riyadh").isEmpty() && x.entity("Cairo").isEmpty(), x.names());
        assertEquals(EntityType.LOCATION, x.requireEntity("Dubai").type(), x.names());
    }

    @Test
    void aCountryWrittenAsAnAdjectiveAfterADefiniteNounIsNotAPlace() {
        Extracted x = Extracted.of("وتوسعت الشركة في السوق السعودية، ثم افتتحت فرعا في السعودية.", "2025-01-01");
        Entity saudi = x.requireEntity("Saudi Arabia");
        assertEquals(1, saudi.mentions(), x.names());
    }

    @Test
    void aFamilyNameAfterTheFathersNameAndLinksSpelledInEnglish() {
        Extracted x = Extracted.of("وقال الدكتور ماجد بن ناصر القحطاني إن العمل مستمر.", "2025-01-01");
        Entity person = x.spelled("ماجد بن ناصر القحطاني").orElseThrow();
        assertTrue(person.name().startsWith("Majed bin "), person.name());
    }

    @Test
    void aShortenedNameMatchesAnySpellingOfTheLongerOne() {
        Extracted x = Extracted.of("فازت شركة الوادي للطاقة \"سامر نبيل عطوان\" بالعقد. وقالت شركة \"سامر عطوان\" إنها ستبدأ العمل.",
                "2025-01-01");
        Entity wadi = x.spelled("شركة الوادي للطاقة").orElseThrow();
        assertTrue(wadi.aliases().contains("سامر عطوان"), x.names());
    }
}
