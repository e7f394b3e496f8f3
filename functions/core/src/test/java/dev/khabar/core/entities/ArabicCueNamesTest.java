package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

/** Organizations named by a cue noun (بنك، مصرف، صندوق، شركة…) and what follows it. */
class ArabicCueNamesTest {
    @Test
    void aBankNamedByAPlaceIsOneOrganization() {
        Extracted x = Extracted.of("وقع بنك كينيا اتفاقا مع مصرف ليبيا. وقال لبنك الأردن إنه سيوسع فروعه، فيما افتتح وبنك آسيا مكتبا.",
                "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.spelled("بنك كينيا").orElseThrow(() -> new AssertionError(x.names())).type());
        assertTrue(x.spelled("مصرف ليبيا").isPresent(), x.names());
        assertTrue(x.spelled("بنك الأردن").isPresent(), x.names());
        assertTrue(x.spelled("بنك آسيا").isPresent(), x.names());
        assertFalse(x.entity("Kenya").isPresent(), x.names());
    }

    @Test
    void aQuotedPersonAfterACompanysNameIsNotTheCompany() {
        Extracted x = Extracted.of("قال مؤسس شركة زيلو المصرية «أحمد سالم» إن الشركة ستتوسع. وأكدت رئيسة شركة فيرو الناشئة \"سارة يوسف\" الخبر.",
                "2025-01-01");
        assertTrue(x.spelled("زيلو").isPresent(), x.names());
        assertEquals(EntityType.PERSON, x.spelled("أحمد سالم").orElseThrow(() -> new AssertionError(x.names())).type());
        assertEquals(EntityType.PERSON, x.spelled("سارة يوسف").orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @Test
    void anIndustryNounAfterTheCueIsNoName() {
        Extracted x = Extracted.of("أعلنت شركة تكنولوجيا مصرية عن جولة تمويل، وقالت شركة طيران خليجية إنها ستوسع أسطولها.", "2025-01-01");
        assertTrue(x.spelled("تكنولوجيا").isEmpty(), x.names());
        assertTrue(x.spelled("طيران").isEmpty(), x.names());
    }

    @Test
    void aBodyNamedByWhatItServesAndItsPlace() {
        Extracted x = Extracted.of("وقعت هيئة طرق ومواصلات الشارقة عقدا، فيما أعلنت هيئة كهرباء ومياه عمان (كهرماء) خطة، "
                + "وقالت سلطة موانئ وجمارك قطر إنها ستبدأ.", "2025-01-01");
        assertTrue(x.spelled("هيئة طرق ومواصلات الشارقة").isPresent(), x.names());
        assertTrue(x.spelled("هيئة كهرباء ومياه عمان").isPresent(), x.names());
        assertTrue(x.spelled("سلطة موانئ وجمارك قطر").isPresent(), x.names());
    }

    @Test
    void aQuotedOrParenthesizedNameAfterTheCueIsTakenWhole() {
        Extracted x = Extracted.of("اشترت أمازون شركة الشحن \"باريس إكسبريس\" الفرنسية، وقالت شركة (نوفا بي تك) إنها ستنمو، "
                + "فيما باعت شركة «دبي سكوير» أصولها.", "2025-01-01");
        assertTrue(x.spelled("باريس إكسبريس").isPresent(), x.names());
        assertTrue(x.spelled("نوفا بي تك").isPresent(), x.names());
        assertTrue(x.spelled("دبي سكوير").isPresent(), x.names());
        assertFalse(x.entity("Paris").isPresent(), x.names());
    }

    @Test
    void takingAPlaceAsItsSeatNamesThePlace() {
        Extracted x = Extracted.of("وقالت شركة زيلو التي تتخذ من كوتشي مقرا لها إنها ستتوسع. وأسست شركة فيرو، "
                + "التي تتخذ من بورتو مقرا رئيسيا، فرعا جديدا. ونمت شركة دانو، وهي تتخذ من لاغوس مقرا.", "2025-01-01");
        assertEquals(EntityType.LOCATION, x.spelled("كوتشي").orElseThrow(() -> new AssertionError(x.names())).type());
        assertEquals(EntityType.LOCATION, x.spelled("بورتو").orElseThrow(() -> new AssertionError(x.names())).type());
        assertEquals(EntityType.LOCATION, x.spelled("لاغوس").orElseThrow(() -> new AssertionError(x.names())).type());
    }

    @Test
    void aTitlesBodyIsNoPersonAndTheWorldIsNoScientist() {
        Extracted x = Extracted.of("وقال رئيس مجلس إدارتها إن الأرباح ارتفعت، وهي من أكبر الشركات في العالم أكبر منتج للرقائق. "
                + "وأكد رئيس مجلس الوزراء أن الدعم مستمر حول العالم كما كان.", "2025-01-01");
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), x.names());
    }

    @Test
    void aPersonAfterATitleAndItsEmployer() {
        Extracted x = Extracted.of("وقال الرئيس التنفيذي لشركة سيسكو مارك هوبر إن الطلب قوي. وأكدت رئيسة شركة زيلو المصرية "
                + "سلمى رضا الخبر، فيما سيتنحى رئيس شركة بوينج للدفاع (BDS) تيد كول عن منصبه.", "2025-01-01");
        assertEquals(EntityType.PERSON, x.spelled("مارك هوبر").orElseThrow(() -> new AssertionError(x.names())).type());
        assertEquals(EntityType.PERSON, x.spelled("سلمى رضا").orElseThrow(() -> new AssertionError(x.names())).type());
        assertEquals(EntityType.PERSON, x.spelled("تيد كول").orElseThrow(() -> new AssertionError(x.names())).type());
        assertTrue(x.spelled("بوينج للدفاع").isPresent(), x.names());
    }
}
