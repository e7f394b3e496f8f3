package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «نبض الأعمال - قررت الشركة …», «الكرك-أنباء السوق والاستثمار-وقعت …»: the outlet that opens an article's first line
 * before a dash or a colon, alone, after its place or after a desk's label, is an organization; a headline's «X: Y»
 * names none. Texts written here.
 */
class ArabicOutletDatelinesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "مرآة الخليج: أعلنت الحكومة اليوم عن توقيع عقد لتوسعة الميناء.|مرآة الخليج",
            "نبض الأعمال - قررت شركة سنابل للأغذية رفع رأس مالها.|نبض الأعمال",
            "الكرك-أنباء السوق والاستثمار-وقعت الشركة اتفاقية مع البنك.|أنباء السوق والاستثمار",
            "تغطيات- نافذة الاقتصاد- في خطوة لافتة، وقعت الشركتان مذكرة تفاهم.|نافذة الاقتصاد"})
    void theOutletIsAnOrganization(String text, String outlet) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias(outlet).type(), x.names());
        assertTrue(x.document().facts().stream().noneMatch(f -> f.subject().equals(x.withAlias(outlet).id())), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "أسعار الذهب اليوم: ارتفاع جديد في السوق المحلية.|أسعار الذهب",
            "مصادر مطلعة: الحكومة تدرس بيع حصتها في المصفاة.|مصادر مطلعة",
            "وقال المدير إن الشركة نمت. مصادر السوق - وقعت الشركة عقدا.|مصادر السوق",
            "سعر اليورو: هبوط حاد|سعر اليورو",
            "أسعار القمح اليوم: صعود متواصل|أسعار القمح اليوم",
            "خبر عاجل: وقعت شركة سنابل للأغذية عقدا مع البلدية.|خبر عاجل",
            "عاجل- وزير الطاقة: نتوقع نموا بنسبة 3%.|وزير الطاقة"})
    void aHeadlinesPhraseOrALaterSentenceNamesNoOutlet(String text, String words) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "جدة - أعلنت هيئة الموانئ - في بيان - رفع الرسوم.|أعلنت هيئة الموانئ",
            "عاجل - قررت الحكومة - في جلستها - رفع الرسوم.|قررت الحكومة",
            "المنامة - قالت مصادر مصرفية - لوكالة محلية - إن الاندماج اكتمل.|قالت مصادر مصرفية",
            "عمان - تراجعت أسعار الفضة - صباح الاثنين - بنسبة 3%.|تراجعت أسعار الفضة"})
    void aClauseBetweenTheDashesIsNoOutlet(String text, String words) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.spelled(words).isEmpty(), x.names());
    }

    @Test
    void aPublicBodyBetweenTheDashesKeepsItsOwnName() {
        Extracted x = Extracted.of("جدة - أعلنت هيئة الموانئ - في بيان - رفع الرسوم.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias("هيئة الموانئ").type(), x.names());
    }

    @Test
    void anOutletWithItsBylineOnALineOfItsOwnIsAnOrganization() {
        Extracted x = Extracted.of("صدى الشمال - نابلس\nوقعت بلدية المدينة اتفاقية مع شركة محلية.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.withAlias("صدى الشمال").type(), x.names());
    }

    @Test
    void anOutletWithItsReportersNameOnALineOfItsOwnIsAnOrganization() {
        for (String text : new String[] {"نبض الأعمال: سامر حداد\nوقعت بلدية المدينة اتفاقية مع شركة محلية.",
                "نبض الأعمال - ريتا الخازن\nوقعت بلدية المدينة اتفاقية مع شركة محلية."}) {
            Extracted x = Extracted.of(text, "2025-01-01");
            assertEquals(EntityType.ORGANIZATION, x.withAlias("نبض الأعمال").type(), x.names());
        }
    }

    @Test
    void theDealAfterTheOutletKeepsItsParties() {
        Extracted x = Extracted.of("الكرك-أنباء السوق والاستثمار-وقعت شركة سنابل للأغذية مذكرة تفاهم مع بنك الريان.", "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.PARTNERSHIP, "سنابل للأغذية", "بنك الريان"), x.describeFacts());
    }

    @Test
    void anEnglishDashAfterACompanyOpensAnAsideNoDateline() {
        Extracted x = Extracted.of("Corvale Labs \u2014 a startup that turns waste into bricks \u2014 has raised $6 million led by Birch Ventures.",
                "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, "Birch Ventures", "Corvale Labs"), x.describeFacts());
    }
}
