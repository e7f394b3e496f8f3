package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The founder told by a passive's agent: "a consortium formed by X" ("formed" founds only with its "by"), and "a
 * company founded by him", whose pronoun stands for the one person named before. Texts written here.
 */
class FoundingAgentsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lena Holt sits on the board of Marrow Peak, a consortium formed by property tycoon Arvid Solberg.|Arvid Solberg|Marrow Peak",
            "Halvern Labs was formed by Jane Roe in 2012 to build batteries.|Jane Roe|Halvern Labs",
            "Erik Lund has advised Orvane since 2017; before that he ran Pellworth Studio, a company founded by him in 2011.|Erik Lund|Pellworth Studio",
            "Jane Roe left Tarvo in 2019. She later ran Halvern Labs, a startup set up by her in 2015.|Jane Roe|Halvern Labs"})
    void theAgentFounded(String text, String founder, String company) {
        Extracted.of(text, "2024-05-10").requireFact(FactType.FOUNDED, founder, company);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jane Roe and Omar Haddad met in 2010. Halvern Labs was founded by him in 2012.",
            "Tarvo Energy was formed by the merger of Kestrel Power and Halvern Gas.",
            "Kestrel Power said a new team was formed in March."})
    void noAgentNamedNoFounder(String text) {
        assertFalse(Extracted.of(text, "2024-05-10").hasFactOfType(FactType.FOUNDED), text);
    }
}
