package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «افتتحت شركة X مقرا لها في دبي»: the seat a company opens places it in the city after «في»; with no name after the
 * verb, the company the sentence is about opened it. A plant or a stand opened places nothing. Texts written here.
 */
class ArabicOpenedSeatsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وافتتحت شركة زيلكو مقراً لها في دبي العام الماضي.|Dubai",
            "وتفتتح شركة زيلكو مقرا إقليميا جديدا في الرياض.|Riyadh",
            "وشركة زيلكو ناشئة، وافتتحت مقرا لها في دبي بعد عام.|Dubai",
            "وقالت شركة زيلكو إنها ستفتتح مقرا جديدا في الرياض.|Riyadh"})
    void theSeatOpenedPlacesTheCompany(String text, String city) {
        x(text).requireFact(FactType.LOCATED_IN, "زيلكو", city);
    }

    /** An office or a branch opened places the company in the city too, whatever its number or adjectives. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وافتتحت شركة زيلكو مكتبا جديدا في الرياض.|زيلكو|Riyadh",
            "وافتتحت شركة زيلكو فرعا لها في القاهرة.|زيلكو|Cairo",
            "وافتتح بنك زيلكو أول فروعه في مدينة جدة.|بنك زيلكو|Jeddah",
            "وتفتتح مجموعة زيلكو مكاتب إقليمية في دبي.|مجموعة زيلكو|Dubai",
            "وقالت شركة زيلكو إنها ستفتتح مكتبها في الرياض الشهر المقبل.|زيلكو|Riyadh"})
    void anOfficeOrBranchOpenedPlacesTheCompany(String text, String company, String city) {
        Extracted x = x(text);
        assertTrue(x.document().facts().stream().anyMatch(f -> f.type() == FactType.LOCATED_IN
                && f.subject().equals(x.withAlias(company).id()) && f.object().equals(x.requireEntity(city).id())), x.describeFacts());
    }

    /** «المتخذة من دبي مقرا لها»: the participle of taking a city as the seat, as the verb does. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وشركة زيلكو المتخذة من دبي مقرا لها أعلنت نتائجها.|Dubai",
            "وأعلنت شركة زيلكو، المتخذة من الرياض مقرا لها، عن أرباحها.|Riyadh"})
    void takingACityAsSeatInTheParticiple(String text, String city) {
        x(text).requireFact(FactType.LOCATED_IN, "زيلكو", city);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وافتتح وزير الاقتصاد مكتبا لشركة زيلكو في دبي.|Dubai",
            "وافتتحت شركة زيلكو مصنعا في دبي.|Dubai",
            "وافتتحت شركة زيلكو معرضا لمنتجاتها في الرياض.|Riyadh"})
    void aPlantOrAStandOpenedPlacesNothing(String text, String city) {
        Extracted x = x(text);
        assertTrue(x.fact(FactType.LOCATED_IN, "زيلكو", city).isEmpty(), x.describeFacts());
    }
}
