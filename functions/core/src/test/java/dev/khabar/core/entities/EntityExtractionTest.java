package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.api.Test;

class EntityExtractionTest {
    @Test
    void arabicNamesResolveToCanonicalEnglishWithWikidataKeys() {
        Extracted x = Extracted.of("قالت ميتا إن تعاونها مع مايكروسوفت مستمر.", "2025-01-01");
        Entity meta = x.requireEntity("Meta");
        assertEquals("Q380", meta.key());
        assertTrue(meta.aliases().contains("ميتا"));
        assertTrue(meta.aliases().contains("Meta"));
    }

    @Test
    void cliticsComeOffNamesAndTheirAliases() {
        Extracted x = Extracted.of("تنافس جوجل وأنثروبيك ولمايكروسوفت حصة كبيرة.", "2025-01-01");
        assertTrue(x.requireEntity("Anthropic").aliases().contains("أنثروبيك"));
        assertTrue(x.requireEntity("Microsoft").aliases().contains("مايكروسوفت"));
        assertFalse(x.requireEntity("Microsoft").aliases().contains("ولمايكروسوفت"));
    }

    @Test
    void latinNamesInsideArabicTextAreEntitiesTypedByTheirCue() {
        Extracted x = Extracted.of("أطلقت شركة Acme Robotics منصة “Nimbus” وافتتحت مشروع “Zephyr” في دبي.", "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity("Acme Robotics").type());
        assertEquals(EntityType.PRODUCT, x.requireEntity("Nimbus").type());
        assertEquals(EntityType.FACILITY, x.requireEntity("Zephyr").type());
        assertEquals(EntityType.LOCATION, x.requireEntity("Dubai").type());
    }

    @Test
    void unknownArabicPeopleAreFoundByTitlesAndTransliterated() {
        Extracted x = Extracted.of("وقال المهندس كمال الدسوقي إن المشروع سيكتمل، بحسب سامر فريحات، المدير التنفيذي للشركة.",
                "2025-01-01");
        Entity engineer = x.document().entities().stream().filter(e -> e.aliases().contains("كمال الدسوقي")).findFirst()
                .orElseThrow(() -> new AssertionError(x.names()));
        assertEquals(EntityType.PERSON, engineer.type());
        Entity director = x.document().entities().stream().filter(e -> e.aliases().contains("سامر فريحات")).findFirst()
                .orElseThrow(() -> new AssertionError(x.names()));
        assertTrue(director.name().matches("[A-Za-z -]+"), director.name());
    }

    @Test
    void knownPeopleUseTheGazetteerSpelling() {
        Extracted x = Extracted.of("وقال ألكسندر وانغ إن الفريق جاهز، وأضاف وانغ أن العمل بدأ.", "2025-01-01");
        Entity wang = x.requireEntity("Alexandr Wang");
        assertEquals(2, wang.mentions());
        assertTrue(wang.aliases().contains("وانغ"));
    }

    @Test
    void aSurnameAloneIsThePersonNamedBefore() {
        Extracted x = Extracted.of("Priya Raman, the head of research at Acme, resigned. Raman joined in 2019.", "2025-01-01");
        Entity raman = x.requireEntity("Priya Raman");
        assertEquals(EntityType.PERSON, raman.type());
        assertEquals(2, raman.mentions());
        assertTrue(x.entity("Raman").isEmpty());
    }

    @Test
    void englishSentenceOpenersTitlesAndMonthsAreNotNames() {
        Extracted x = Extracted.of("However, the Senior Vice President of Product said in March that Acme is growing. "
                + "Analysts expect more.", "2025-01-01");
        assertEquals("[Acme/ORGANIZATION]", x.names());
    }

    @Test
    void countriesComeFromCldrInBothLanguages() {
        Extracted x = Extracted.of("توسعت الشركة في مصر والمملكة المتحدة and in Germany.", "2025-01-01");
        assertEquals("Q79", x.requireEntity("Egypt").key());
        assertEquals("Q145", x.requireEntity("United Kingdom").key());
        assertEquals(EntityType.LOCATION, x.requireEntity("Germany").type());
    }
}
