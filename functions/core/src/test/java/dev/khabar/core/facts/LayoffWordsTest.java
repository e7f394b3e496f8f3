package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layoffs told with "let go", "job cuts", "a reduction of", or in the passive with the count as subject ("N workers
 * would be laid off"); a name the doer owns ("its Dayton plant") or a source
 * ("according to its WARN notice") is not the doer. Texts written here.
 */
class LayoffWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Freight let go 45 workers on Friday.|Kestrel Freight|45",
            "Many startups cut staff this week. Zentrix let go 30% of staff; 18 people on Monday.|Zentrix|18",
            "Many startups cut staff this week. Volarix closed its plant and let go 25 workers on Monday.|Volarix|25",
            "Nimbus Labs is letting go 12% of staff – about 60 people – this week.|Nimbus Labs|60",
            "Orbita Robotics announced a reduction of 300 jobs at its Ohio sites.|Orbita Robotics|300",
            "Kestrel Freight plans to close its Dayton Foods warehouse and will lay off the 80 workers there.|Kestrel Freight|80",
            "Nimbus Labs laid off 40 workers in May. The site also laid off 25 workers in 2019, according to its WARN filing.|Nimbus Labs|",
            // the count as the subject of a passive trigger, past an aside
            "Kestrel Freight said 2,500 workers, or about 7% of its workforce, would be laid off.|Kestrel Freight|2500",
            "Orbita Robotics confirmed that 140 jobs, mostly in sales, will be cut by June.|Orbita Robotics|140",
            "Zentrix told staff that 60 employees are being let go this month.|Zentrix|60"})
    void theDoerAndCountOfTheLayoff(String text, String doer, Integer count) {
        Extracted x = Extracted.of(text, "2024-05-02");
        List<Fact> layoffs = x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF).toList();
        String id = x.requireEntity(doer).id();
        assertEquals(count == null ? 2 : 1, layoffs.size(), x.describeFacts());
        layoffs.forEach(f -> assertEquals(id, f.subject(), x.describeFacts()));
        if (count != null) {
            assertEquals(count, layoffs.get(0).count(), x.describeFacts());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nimbus Labs laid off 40 workers. The site employed around 300 people before those layoffs.|40",
            "Kestrel Freight had 90 employees before the layoffs. The company let go 20 people on Tuesday.|20",
            "Orbita Robotics cut 15 jobs; the firm employs about 120 people after the layoffs.|15"})
    void aHeadcountBeforeOrAfterTheLayoffsIsNoLayoff(String text, int count) {
        Extracted x = Extracted.of(text, "2024-05-02");
        List<Fact> layoffs = x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF).toList();
        assertEquals(List.of(count), layoffs.stream().map(Fact::count).toList(), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Kestrel Freight also made job cuts in its sales division.|Kestrel Freight",
            "Nimbus Labs said staff reductions will follow the merger.|Nimbus Labs",
            "Orbita Robotics confirmed new job cuts on Tuesday.|Orbita Robotics",
            "Nimbus Labs grew fast. The startup also made job cuts in its sales team.|Nimbus Labs",
            "Kestrel Freight is in trouble. The logistics company announced staff cuts across Europe.|Kestrel Freight"})
    void jobCutsWithoutACountAreALayoff(String text, String doer) {
        Extracted x = Extracted.of(text, "2024-05-02");
        x.requireFact(FactType.LAYOFF, doer, null);
    }
}
