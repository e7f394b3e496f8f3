package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A post its subject "had been" in or "has served" in since a date was taken then; one held "from" a date "to" another
 * was taken and left. Texts written here.
 */
class TenuresTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tessa Quinlan had been the chief executive of Marlo Bank since 2016.|Tessa Quinlan|Marlo Bank|2016",
            "Dario Venn has served as chief financial officer of Ostrava Logistics since March 2019.|Dario Venn|Ostrava Logistics|2019-03",
            "Kemal Aras, who has been chief technology officer of Tessin Labs since 2020, spoke first.|Kemal Aras|Tessin Labs|2020",
            "Omar Haddad has been chairman of Selka Energy since 2021.|Omar Haddad|Selka Energy|2021"})
    void aPostHeldSinceADateWasTakenThen(String text, String person, String org, String date) {
        Extracted e = x(text);
        assertEquals(date, e.requireFact(FactType.EMPLOYMENT_START, person, org).date().value(), e.describeFacts());
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Pella Ruiz had been the CEO of Corvin Bank from August 2016 to August 2019.|Pella Ruiz|Corvin Bank|2016-08|2019-08",
            "Ana Brandt was chief operating officer at Hollis Foods from 2015 to 2018.|Ana Brandt|Hollis Foods|2015|2018",
            "Ivo Sandor was chairman of Ferro Steel from May 2010 until June 2014.|Ivo Sandor|Ferro Steel|2010-05|2014-06"})
    void aPostHeldFromOneDateToAnotherWasTakenAndLeft(String text, String person, String org, String from, String to) {
        Extracted e = x(text);
        assertEquals(from, e.requireFact(FactType.EMPLOYMENT_START, person, org).date().value(), e.describeFacts());
        assertEquals(to, e.requireFact(FactType.EMPLOYMENT_END, person, org).date().value(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lina Ostrow has been the chief executive of Pavo Foods, which has grown since 2019.|Lina Ostrow|Pavo Foods",
            "Nadia Rees is the chief executive of Ferro Steel, the firm said on Monday.|Nadia Rees|Ferro Steel",
            "Jorge Lima was president of Kastor Bank from the start.|Jorge Lima|Kastor Bank"})
    void aPostWithNoDateOfItsOwnStaysARole(String text, String person, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.ROLE, person, org);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), e.describeFacts());
    }
}
