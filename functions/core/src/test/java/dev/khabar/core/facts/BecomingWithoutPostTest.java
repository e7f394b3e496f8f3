package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "to become" and "will become" tell a move only with the post they lead to, as "became" does: a company's rise "to
 * become the leading software publisher" moves nobody. Texts written here.
 */
class BecomingWithoutPostTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Bill Gates founded Microsoft in 1975 and oversaw its rise to become the leading software publisher.|Bill Gates|Microsoft",
            "Rhea Lund built Pavo Foods and helped it to become the largest grocer in Norway.|Rhea Lund|Pavo Foods",
            "Omar Haddad expects Selka Energy will become profitable next year.|Omar Haddad|Selka Energy"})
    void becomingNoPostIsNoMove(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.EMPLOYMENT_START, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Acme Bank said Jane Roe will become its chief executive in June.|Jane Roe|Acme Bank|CEO",
            "Acme Bank said Jane Roe would become a board member of Beta Foods.|Jane Roe|Beta Foods|board member"})
    void becomingAPostIsAMove(String text, String person, String org, String role) {
        Extracted e = x(text);
        assertEquals(role, e.requireFact(FactType.EMPLOYMENT_START, person, org).role(), e.describeFacts());
    }
}
