package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Defence Minister X" in a text naming the Ministry of Defence: the domain word stands for that ministry, where X holds
 * the post; no organization called "Defence". Texts written here.
 */
class MinistryDomainsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The contracts were signed in the presence of Defence Minister Omar Haddad. The Ministry of Defence said the deals save money. | Omar Haddad | Ministry of Defence | Defence",
            "The Ministry of Health signed the contract. Health Minister Lina Marsh opened the hospital on Monday. | Lina Marsh | Ministry of Health | Health",
            "The Energy Ministry backed the plan, Energy Secretary Tom Reyes said on Monday. | Tom Reyes | Energy Ministry | Energy"})
    void theDomainWordIsTheMinistryNamed(String text, String person, String ministry, String domain) {
        Extracted e = Extracted.of(text, "2025-01-01");
        e.requireFact(FactType.ROLE, person, ministry);
        assertTrue(e.entity(domain).isEmpty(), e.names());
    }

    @Test
    void withNoMinistryNamedTheDomainIsNotMadeOne() {
        Extracted e = Extracted.of("Health Minister Lina Marsh opened the hospital on Monday.", "2025-01-01");
        assertTrue(e.entity("Ministry of Health").isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Foreign Minister Karim Tannous met the delegation in Rabat.|Karim Tannous|Foreign",
            "The talks were led by the kingdom's Interior Minister, Prince Badr.|Prince Badr|Interior",
            "Petroleum and Mineral Resources Minister Hadi Qassem resigned on Sunday.|Hadi Qassem|Petroleum and Mineral Resources",
            "Trade Secretary Nora Blake and Labour Secretary Tim Oakes visited the plant.|Nora Blake|Trade"})
    void aPortfolioAloneBeforeTheTitleNamesNoBody(String text, String person, String domain) {
        Extracted e = Extracted.of(text, "2025-01-01");
        assertTrue(e.entity(person).isPresent(), e.names());
        assertTrue(e.entity(domain).isEmpty(), e.names());
    }

    @Test
    void aPartyBeforeMinisterStays() {
        Extracted e = Extracted.of("Quorvat Minister Dan Levi resigned on Sunday.", "2025-01-01");
        assertTrue(e.entity("Quorvat").isPresent(), e.names());
    }

    @Test
    void aCompanyBeforeSecretaryStays() {
        Extracted e = Extracted.of("Marlow Partners Secretary Hana Idris signed the filing.", "2025-01-01");
        assertTrue(e.entity("Marlow Partners").isPresent(), e.names());
    }
}
