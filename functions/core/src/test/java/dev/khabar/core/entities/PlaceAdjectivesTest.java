package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Compass words before a common noun or a nationality, nationalities in the plural, adjectives of region, faith or
 * language and two-word adjectives of a region ("Middle Eastern") before a noun name nothing.
 */
class PlaceAdjectivesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rising tensions have led Western governments to buy more from Corvik.|Western",
            "Brenwick serves homes in several South African cities.|South",
            "Tovalo plans to expand into the North African market next year.|North",
            "The firm trains young Africans in software, Brenwick said.|Africans",
            "In line with the Central government's plan, Corvik will build a plant.|Central",
            "Texan games retailer Brightplay is spending US$700m to acquire Ludoville.|Texan",
            "The Texan billionaire Ray Dunmore bought a stake in Corvik.|Texan",
            "Halvora also gains a sales team in the Scandinavian market.|Scandinavian",
            "Dario Fenn is now building an Islamic digital bank in Tovalo.|Islamic",
            "Asked about his English fluency, Dario Fenn laughed.|English",
            "Brisco retired from Anglo-Dutch drug major Pellmax in 2019.|Anglo",
            "Nordic lenders cut rates, Brenwick said.|Nordic",
            "Several senior Jordanians sit on the board of Corvik.|Jordanians",
            "Two Tunisians joined Brenwick as engineers last year.|Tunisians",
            "Halden Bank (HB) grew. Its senior Algerian HB officials will retire.|Algerian HB",
            "Brenwick hired bankers from Sri Lankan and Kenyan lenders.|Sri Lankan",
            "Corvik sells pumps to Middle Eastern utilities.|Middle Eastern",
            "Tovalo grew fastest in Latin American markets.|Latin American",
            "Brenwick sells most in Latin American markets.|Latin",
            "Sri Lankan President Ravi Mendis visited Corvik.|Sri Lankan"})
    void anAdjectiveOfPlaceIsNoName(String text, String word) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(word).isEmpty(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Corvik sold the unit to Western Digital last year.|Western Digital",
            "The loan came from Northern Trust, Brenwick said.|Northern Trust",
            "Tovalo opened an office near Central Park in May.|Central Park",
            "Corvik sold its mine to Anglo American last year.|Anglo American",
            "The loan came from Ardent Islamic Bank, Brenwick said.|Ardent Islamic Bank",
            "Halvora hired Kestrel English Academy to train staff.|Kestrel English Academy",
            "The insurer Great Eastern said its profit rose.|Great Eastern"})
    void anAdjectiveOfPlaceInsideANameStaysInIt(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }
}
