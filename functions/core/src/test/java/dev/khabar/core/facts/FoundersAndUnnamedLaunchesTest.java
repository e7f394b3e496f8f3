package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A participle opening the sentence names the founders of what its main clause is about; a launch names its product by
 * a common noun that a later sentence puts after the product's name. Texts written here.
 */
class FoundersAndUnnamedLaunchesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Founded in 2016 by Leila Haddad, Nimbus Labs builds delivery robots.|Leila Haddad|Nimbus Labs",
            "- Started in 2019 by Omar Saleh and Dana Park, Kestrel Freight ships parts.|Dana Park|Kestrel Freight",
            "Orbita Robotics raised $5 million. Set up in 2020 by engineer Rami Aziz, the company sells drones.|Rami Aziz|Orbita Robotics",
            "Co-founded by Sara Lind in 2015, Kestrel Freight now employs 300 people.|Sara Lind|Kestrel Freight"})
    void theFrontedParticipleFoundsTheMainClausesSubject(String text, String founder, String company) {
        Extracted x = Extracted.of(text, "2024-05-02");
        x.requireFact(FactType.FOUNDED, founder, company);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Founded in Oslo in 2016 by Maria Castell, Quillon Systems makes payroll software.|Maria Castell|Quillon Systems",
            "Set up in Nairobi back in 2012 by Omar Saleh, Kestrel Freight ships parts.|Omar Saleh|Kestrel Freight",
            "Founded in 2019 by CEO Leila Haddad and CTO Dana Park, Nimbus Labs builds delivery robots.|Dana Park|Nimbus Labs",
            "Founded in Lisbon in 2018 by CEO Leila Haddad and CTO Dana Park, Nimbus Labs builds robots.|Leila Haddad|Nimbus Labs",
            "Founded in Lisbon in 2018 by CEO Leila Haddad and CTO Dana Park, Nimbus Labs builds robots.|Dana Park|Nimbus Labs"})
    void placeAndYearStandBeforeTheByAndEachFounderMayCarryATitle(String text, String founder, String company) {
        Extracted x = Extracted.of(text, "2024-05-02");
        x.requireFact(FactType.FOUNDED, founder, company);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Nimbus Labs started selling robots in 2019 with Dana Park.",
            "The office was set up in Oslo in 2016 with help from Dana Park.",
            "The meeting was set up by Dana Park, Nimbus Labs said.",
            "Leila Haddad established a record at Nimbus Labs."})
    void aCommonVerbWithoutItsByFoundsNothing(String text) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.FOUNDED), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Samsung unveiled its new foldable phone on Monday. Reviewers said the Galaxy Z Fold phone felt sturdy.|Samsung|Galaxy Z Fold",
            "Ford unveiled Thursday its all-electric pickup truck. The F-150 Lightning truck goes on sale next year.|Ford|F-150 Lightning",
            "Apple launched a thinner tablet in Cupertino. Buyers can order the iPad Air tablet today.|Apple|iPad Air"})
    void aLaunchedCommonNounTakesTheNameItFollowsLater(String text, String maker, String product) {
        Extracted x = Extracted.of(text, "2024-05-02");
        x.requireFact(FactType.PRODUCT_LAUNCH, maker, product);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Just as the Walkman introduced us to portable music, Sony said the Alpha 7C will change photography.",
            "Samsung launched a new phone on Monday. Reviewers liked the Galaxy S24 camera.",
            "“The Galaxy S24 sells well,” Samsung chief TM Roh said during the product launch.",
            "Buyers queued for the iPhone 15 outside Apple stores on the day of the launch."})
    void aLaunchOfPeopleOrOfANounNoNameFollowsLaunchesNothing(String text) {
        Extracted x = Extracted.of(text, "2024-05-02");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), x.describeFacts());
    }
}
