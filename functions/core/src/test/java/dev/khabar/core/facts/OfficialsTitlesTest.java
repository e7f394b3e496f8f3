package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles of public bodies' officials: "director-general" and "Secretary General" with "general" in the title, not
 * opening a name; secretaries, governors, undersecretaries and assistants heading a title; a "General" before a
 * title word ("its General Manager") names no organization. Texts written here.
 */
class OfficialsTitlesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tomas Berg, director-general of the Kelvo Health Authority, signed the agreement.|Tomas Berg|Kelvo Health Authority",
            "The pact was signed by Tomas Berg, Director General of the Kelvo Health Authority.|Tomas Berg|Kelvo Health Authority",
            "Kelvo Municipality Director-General Tomas Berg opened the park.|Tomas Berg|Kelvo Municipality",
            "Lena Ortiz, Secretary-General of the Gulf Trade Council, said talks would resume.|Lena Ortiz|Gulf Trade Council",
            "Lena Ortiz, Deputy Director-General of Halden Ports Authority, said cargo grew.|Lena Ortiz|Halden Ports Authority"})
    void generalIsPartOfTheTitle(String text, String person, String org) {
        Extracted e = x(text);
        e.requireFact(FactType.ROLE, person, org);
        assertTrue(e.document().entities().stream().noneMatch(n -> n.name().startsWith("General")), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Omar Haddad, Governor of the Central Bank of Kelvo, said inflation was easing.|Omar Haddad|Central Bank of Kelvo",
            "Omar Haddad, Undersecretary of the Ministry of Economy, attended the signing.|Omar Haddad|Ministry of Economy",
            "Omar Haddad, Assistant Undersecretary at the Ministry of Economy, attended the signing.|Omar Haddad|Ministry of Economy",
            "Omar Haddad, secretary of the Gulf Trade Council, said talks would resume.|Omar Haddad|Gulf Trade Council"})
    void officialsTitlesOpenWithTheirOwnWord(String text, String person, String org) {
        x(text).requireFact(FactType.ROLE, person, org);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The deal was signed on behalf of Durbeck UAE by Maria Lund, its General Manager.|Maria Lund|Durbeck UAE",
            "Kelvo appointed Omar Haddad as General Counsel.|Omar Haddad|Kelvo"})
    void aGeneralBeforeATitleWordIsTheTitles(String text, String person, String org) {
        Extracted e = x(text);
        e.requireFact(person.equals("Omar Haddad") ? FactType.EMPLOYMENT_START : FactType.ROLE, person, org);
        assertTrue(e.document().entities().stream().noneMatch(n -> n.name().equals("General")), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "General Motors Chief Executive Mary Barra said sales rose.|General Motors",
            "Shares of General Electric fell after the report.|General Electric"})
    void aGeneralOpeningACompanysNameStaysInIt(String text, String org) {
        Extracted e = x(text);
        assertTrue(e.document().entities().stream().anyMatch(n -> n.name().equals(org) && n.type() == EntityType.ORGANIZATION),
                e.describeFacts());
    }
}
