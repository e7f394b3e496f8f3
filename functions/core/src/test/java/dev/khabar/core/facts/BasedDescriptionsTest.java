package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X-based" descriptions of a company: without the hyphen after a "City, State" place, with the company's name apposed
 * to the noun, and "the X-based firm" opening a sentence after one whose organization sits inside a phrase. Texts
 * written here.
 */
class BasedDescriptionsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs cut 300 jobs on Monday. The Austin, Texas based company makes chips.|Orbit Labs|Austin",
            "Halden Bank posted a loss. The Leeds, England based lender will close branches.|Halden Bank|Leeds",
            "Kestrel Freight bought trucks. The Denver based firm paid cash.|Kestrel Freight|Denver"})
    void aBareBasedDescribesTheNounAfterIt(String text, String org, String place) {
        x(text).requireFact(FactType.LOCATED_IN, org, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs grew fast. The Boston-based firm Quill Systems said it will buy robots.|Quill Systems|Orbit Labs|Boston",
            "Halden Bank lent money. The Oslo-based startup Birch Robotics took the loan.|Birch Robotics|Halden Bank|Oslo",
            "Kestrel Freight hired staff. A Denver-based company, Anvil Works, supplied them.|Anvil Works|Kestrel Freight|Denver"})
    void theNameApposedToTheNounIsTheOneBased(String text, String org, String other, String place) {
        Extracted e = x(text);
        e.requireFact(FactType.LOCATED_IN, org, place);
        assertTrue(e.fact(FactType.LOCATED_IN, other, place).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs won a contract. The first order, with the UK's Ministry of Defence, is small. The Farnborough-based firm will deliver radios.|Orbit Labs|Farnborough",
            "Halden Bank signed a deal. The loan, with France's Birch Capital, is large. The Leeds-based lender will repay it.|Halden Bank|Leeds",
            "Kestrel Freight won a tender. The first phase, for Germany's Anvil Works, starts soon. The Denver-based company will hire.|Kestrel Freight|Denver"})
    void anOrganizationInsideAPhraseIsNotTheDoerANounStandsFor(String text, String org, String place) {
        x(text).requireFact(FactType.LOCATED_IN, org, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs grew fast, based on demand in Austin.",
            "Halden Bank said Leeds based its plan on sales.",
            "Kestrel Freight moved to Denver based on tax rules."})
    void basedOnIsNoSeat(String text) {
        Extracted e = x(text);
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.LOCATED_IN), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Meanwhile, Italy-headquartered Belmonte was awarded the onshore contract.|Belmonte|Italy",
            "Dubai-headquartered Varnex Systems raised $5 million.|Varnex Systems|Dubai",
            "Halvex, a London-headquartered lender, hired Ana Ruiz.|Halvex|London"})
    void headquarteredHyphenedToAPlaceSeatsTheCompanyAsBasedDoes(String text, String org, String place) {
        x(text).requireFact(FactType.LOCATED_IN, org, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Halvex hired Ana Ruiz, who headquartered her startup in Oslo before selling it to Delcor.|Delcor|Oslo"})
    void aHeadquarteredVerbOfAPersonSeatsNoCompanyAfterIt(String text, String org, String place) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.LOCATED_IN, org, place).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvik won contracts from three operators. The Finland-based vendor told Tech Weekly it signed more deals.|Norvik|Tech Weekly|Finland",
            "Halvex bought trucks last year. The Ohio-based manufacturer told Orbis News it will hire 200 workers.|Halvex|Orbis News|Ohio",
            "Delcor won a road contract in May. The Leeds-based contractor told Kestrel Radio it hired staff.|Delcor|Kestrel Radio|Leeds"})
    void aVendorManufacturerOrContractorOpeningTheSentenceIsTheCompanyToldBefore(String text, String org, String other, String place) {
        Extracted e = x(text);
        e.requireFact(FactType.LOCATED_IN, org, place);
        assertTrue(e.fact(FactType.LOCATED_IN, other, place).isEmpty(), e.describeFacts());
    }
}
