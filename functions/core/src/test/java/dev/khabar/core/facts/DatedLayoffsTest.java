package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layoffs the text dates at different times are events of their own, with or without a count. Texts written here. */
class DatedLayoffsTest {
    private static List<Fact> layoffs(Extracted x) {
        return x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF).toList();
    }

    @Test
    void anUncountedLayoffInAnotherMonthIsAnotherEvent() {
        Extracted x = Extracted.of("Quillon laid off 300 employees this week. Quillon laid off some staff on its design "
                + "team in October last year.", "2024-01-18");
        assertEquals(2, layoffs(x).size(), x.describeFacts());
    }

    @Test
    void threeLayoffsInThreeYearsStayThree() {
        Extracted x = Extracted.of("Marlow Glass cut 90 jobs in 2019. Marlow Glass laid off some workers in 2021. "
                + "Marlow Glass laid off 40 people in 2023.", "2024-01-18");
        assertEquals(3, layoffs(x).size(), x.describeFacts());
        assertEquals(List.of("2019", "2021", "2023"), layoffs(x).stream().map(f -> f.date().value()).sorted().toList());
    }

    @Test
    void theSameLayoffRetoldWithItsDayStaysOne() {
        Extracted x = Extracted.of("Quillon laid off 300 employees in January. Quillon announced the layoffs on "
                + "January 16.", "2024-01-18");
        assertEquals(1, layoffs(x).size(), x.describeFacts());
    }

    @Test
    void aYearOfRoundsIsTheRoundItDatesMoreClosely() {
        Extracted en = Extracted.of("Spotify will lay off 1,800 employees. Spotify went through several rounds of layoffs "
                + "last year, the latest affecting 265 workers in November.", "2024-05-02");
        Extracted ar = Extracted.of("أعلنت شركة فانتور عن تسريح 1800 موظف. وقد مرت الشركة بعدة جولات من تسريح العمال "
                + "خلال العام الماضي، وكان آخرها يؤثر على 265 عاملا في نوفمبر الماضي.", "2024-05-02");
        for (Extracted x : List.of(en, ar)) {
            assertEquals(2, layoffs(x).size(), x.describeFacts());
        }
    }
}
