package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layoffs listed under a heading that tells of them: «شركات تعتزم تقليص موظفيها» then «- أمازون 18 ألف موظف». */
class LayoffListsTest {
    private static List<Fact> layoffs(Extracted x) {
        return x.document().facts().stream().filter(f -> f.type() == FactType.LAYOFF).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "شركات أعلنت تسريح موظفين هذا العام ¶ - أمازون 18 ألف موظف ¶ - تسلا 6000 موظف|Amazon|18000|Tesla|6000",
        "أبرز الشركات التي خفضت وظائف في 2023 ¶ - ميتا: 11 ألف موظف ¶ - سناب: 1000 موظف|Meta|11000|Snap|1000",
        "Tech companies that cut jobs this year ¶ - Salesforce: 7,000 jobs ¶ - Coinbase: 2,000 jobs|Salesforce|7000|Coinbase|2000"})
    void eachItemIsALayoffOfItsCompany(String text, String first, int firstCount, String second, int secondCount) {
        Extracted x = Extracted.of(text.replace(" ¶ ", "\n"), "2023-02-01"); // ¶: a line break, which a CSV row cannot hold
        List<Fact> found = layoffs(x);
        assertEquals(2, found.size(), x.describeFacts());
        assertEquals(x.requireEntity(first).id(), found.get(0).subject(), x.describeFacts());
        assertEquals(firstCount, found.get(0).count(), x.describeFacts());
        assertEquals(x.requireEntity(second).id(), found.get(1).subject(), x.describeFacts());
        assertEquals(secondCount, found.get(1).count(), x.describeFacts());
    }

    @Test
    void aListUnderAnotherHeadingIsNoLayoff() {
        Extracted x = Extracted.of("أكبر الشركات في المنطقة من حيث عدد العاملين\n- أرامكو 70 ألف موظف\n- سابك 30 ألف موظف", "2023-02-01");
        assertTrue(layoffs(x).isEmpty(), x.describeFacts());
    }
}
