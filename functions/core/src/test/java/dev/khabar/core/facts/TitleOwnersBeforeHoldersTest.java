package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title whose owner is named before it by the sentence's grammar, not by an "of": the company "whose" or "where"
 * refers to, and the side a signatory signs "on behalf of". Texts written here.
 */
class TitleOwnersBeforeHoldersTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nexar Systems acquired Kelvo, whose chief executive Maria Lund will stay on.|Maria Lund|Kelvo|Nexar Systems",
            "Trevo signed a deal with Halden Bank, whose chairman Omar Haddad called it historic.|Omar Haddad|Halden Bank|Trevo",
            "Brisko Group has bought Orvane, whose current chief executive, Lena Ortiz, joined in May.|Lena Ortiz|Orvane|Brisko Group"})
    void whoseTitleIsHeldAtTheCompanyNamedBeforeIt(String text, String person, String org, String other) {
        Extracted e = x(text);
        e.requireFact(FactType.ROLE, person, org);
        assertTrue(e.fact(FactType.ROLE, person, other).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund joined Kelvo Labs from Brisko Bank, where she was chief operating officer.|Maria Lund|Brisko Bank|Kelvo Labs",
            "Omar Haddad spent years at Halden Bank, where he had served as head of retail banking, before joining Trevo.|Omar Haddad|Halden Bank|Trevo",
            "Lena Ortiz joined Orvane from Brisko Group, where she had been the chief financial officer since 2019.|Lena Ortiz|Brisko Group|Orvane"})
    void aTitleHeldWhereIsHeldAtTheCompanyNamedBeforeIt(String text, String person, String org, String other) {
        Extracted e = x(text);
        e.requireFact(FactType.ROLE, person, org);
        assertTrue(e.fact(FactType.ROLE, person, other).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund moved to Dubai, where she was chief executive of Kelvo Labs.|Maria Lund|Kelvo Labs",
            "Omar Haddad moved to Brisko Group, where he was named chief executive of Orvane Labs.|Omar Haddad|Orvane Labs"})
    void aTitlesOwnPhraseBeatsTheRelative(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isPresent() || e.fact(FactType.EMPLOYMENT_START, person, org).isPresent(),
                e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Nexar Systems has agreed to buy Kelvo, whose co-founders Maria Lund and Omar Haddad will join Nexar.|Maria Lund|Omar Haddad|Kelvo",
            "Brisko Group acquired Orvane Labs, whose founders Lena Ortiz and Peter Brandt started it in 2015.|Lena Ortiz|Peter Brandt|Orvane Labs"})
    void whoseFoundersFoundedTheCompanyNamedBeforeIt(String text, String first, String second, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.FOUNDED, first, org);
        e.requireFact(FactType.FOUNDED, second, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The deal was signed on behalf of Kelvo by Maria Lund, its chief executive, and on behalf of Durbeck by Omar Haddad, its general manager.|Omar Haddad|Durbeck|Kelvo",
            "The agreement was signed by Nexar's chairman and, on behalf of Halden Bank, by Lena Ortiz, its chief executive.|Lena Ortiz|Halden Bank|Nexar",
            "Trevo signed the pact with the port, represented by Omar Haddad, and on behalf of Brisko Group by Lena Ortiz, its chairman.|Lena Ortiz|Brisko Group|Trevo"})
    void aSignatorysTitleIsHeldAtTheSideSignedFor(String text, String person, String org, String other) {
        Extracted e = x(text);
        e.requireFact(FactType.ROLE, person, org);
        assertTrue(e.fact(FactType.ROLE, person, other).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The pact was signed on behalf of Kelvo by Omar Haddad, and on behalf of Microsoft Egypt by Lena Ortiz, its General Manager.|Lena Ortiz|Microsoft Egypt",
            "It was signed on behalf of Huawei UAE by Lena Ortiz, its chief executive.|Lena Ortiz|Huawei UAE",
            "The deal was signed on behalf of Google India, by Omar Haddad, its managing director.|Omar Haddad|Google India"})
    void aCompanysUnitSignedForIsNamedWithItsCountry(String text, String person, String org) {
        x(text).requireFact(FactType.ROLE, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amazon entered Egypt by buying a local retailer.|Amazon Egypt",
            "Microsoft beat India by a wide margin in the survey.|Microsoft India"})
    void aCountryAfterACompanyOutsideASigningIsNoUnit(String text, String unit) {
        Extracted e = x(text);
        assertTrue(e.entity(unit).isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund, whose husband runs Kelvo, said nothing about Durbeck.|Maria Lund|Durbeck",
            "Kelvo's shares rose after Maria Lund, its chief executive, was thanked by Durbeck.|Maria Lund|Durbeck"})
    void noOwnerIsGuessedBeyondTheGrammar(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }
}
