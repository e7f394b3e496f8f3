package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Earlier rounds of layoffs told beside the latest one, and layoffs whose doer the sentence leaves unnamed. Texts written here. */
class LayoffRoundsTest {
    private static List<Fact> layoffs(Extracted x) {
        return x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF).toList();
    }

    private static Fact withCount(Extracted x, int count) {
        return layoffs(x).stream().filter(f -> f.count() != null && f.count() == count).findFirst()
                .orElseThrow(() -> new AssertionError(count + " not among " + layoffs(x)));
    }

    @Test
    void anEarlierRoundWithItsOwnCountAndMonthIsAFactOfItsOwn() {
        Extracted en = Extracted.of("Rivet Motors will lay off 400 workers. The company laid off 120 employees in March.",
                "2022-11-03");
        assertEquals("2022-11-03", withCount(en, 400).date().value());
        assertEquals("2022-03", withCount(en, 120).date().value());
    }

    @Test
    void anArabicAnaphorNamesTheDoerOfAnEarlierRound() {
        Extracted ar = Extracted.of("أعلنت إنتل عن تسريح 400 موظف. وكانت الشركة قد سرحت 150 موظفا في مارس الماضي.",
                "2022-11-03");
        assertEquals(2, layoffs(ar).size(), ar.describeFacts());
        assertEquals("2022-03", withCount(ar, 150).date().value());
    }

    @Test
    void roundsToldWithoutTheirDoerBelongToTheCompanyThatLaidPeopleOff() {
        Extracted ar = Extracted.of("سرحت شركة نيمبوس 300 موظف هذا الأسبوع. ومرت الشركة الناشئة بعدة جولات تسريح، "
                + "كان آخرها يطال 80 عاملا في يونيو الماضي.", "2023-09-12");
        assertEquals("2023-06", withCount(ar, 80).date().value());
        Extracted en = Extracted.of("Nimbus Labs is cutting 300 jobs. An earlier round of layoffs hit 80 workers in June.",
                "2023-09-12");
        assertEquals("2023-06", withCount(en, 80).date().value());
    }

    @Test
    void theSameLayoffToldTwiceStaysOneFact() {
        Extracted en = Extracted.of("Rivet Motors will lay off 400 workers. The 400 layoffs were announced on Monday.",
                "2022-11-03");
        assertEquals(1, layoffs(en).size(), en.describeFacts());
    }

    @Test
    void aSentenceNamingAnotherCompanyGivesItNoneOfTheLayoff() {
        Extracted en = Extracted.of("Rivet Motors will lay off 400 workers. Across the industry, Tesla and others laid off 9,000 people in May.",
                "2022-11-03");
        assertTrue(layoffs(en).stream().noneMatch(f -> f.count() != null && f.count() == 9000
                && f.subject().equals(en.requireEntity("Rivet Motors").id())), en.describeFacts());
    }
}
