package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Founders told without a name in the clause: "she had co-founded the company" (the person last named), "the two
 * cofounders, A and B" (of the company the sentence is about). Texts written here.
 */
class FounderPronounsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs raised money from Kestrel Capital. Maria Lopez runs it. She had co-founded the company in 2019.|Maria Lopez|Orbit Labs",
            "Peter Hall grew up in Leeds. He later founded Halden Robotics with savings.|Peter Hall|Halden Robotics",
            "Anna Berg sold her first startup in 2012. Two years later she founded Birchwood Energy.|Anna Berg|Birchwood Energy"})
    void aPronounFoundsAsThePersonLastNamed(String text, String founder, String company) {
        Extracted e = x(text);
        e.requireFact(FactType.FOUNDED, founder, company);
        assertTrue(e.document().facts().stream().filter(f -> f.type() == FactType.FOUNDED).count() == 1, e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lopez met Peter Hall in Oslo. He later founded Halden Robotics.",
            "Orbit Labs hired Anna Berg and Maria Lopez. She had founded Birchwood Energy in 2010."})
    void aPronounAfterTwoPeopleFoundsNothing(String text) {
        Extracted e = x(text);
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.FOUNDED), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs lists eight employees, including the two cofounders, Maria Lopez and Peter Hall.|Orbit Labs",
            "Halden Robotics was started in a garage by its founders, Maria Lopez and Peter Hall.|Halden Robotics",
            "Birchwood Energy now has 40 staff, among them both founders, Maria Lopez and Peter Hall.|Birchwood Energy"})
    void unnamedFoundersListedAfterACommaFoundTheSentencesCompany(String text, String company) {
        Extracted e = x(text);
        e.requireFact(FactType.FOUNDED, "Maria Lopez", company);
        e.requireFact(FactType.FOUNDED, "Peter Hall", company);
    }
}
