package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A seat on a company's board as a title: "a member of the board of directors of Acme", "Member of the Board of
 * Acme", "a board member of Acme", "Acme board member X", "sits on the board of Acme", each stored as "board member".
 * Texts written here.
 */
class BoardSeatTitlesTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tomas Berg, a member of the board of directors of Kelvo Holdings, said profits rose.|Tomas Berg|Kelvo Holdings",
            "Lena Ortiz, Member of the Board of Directors of Halden Ports, said cargo grew.|Lena Ortiz|Halden Ports",
            "Omar Haddad, a board member of Brisko Bank, said lending grew.|Omar Haddad|Brisko Bank",
            "Orvane Group board member Maria Lund said profits rose.|Maria Lund|Orvane Group"})
    void aSeatOnTheBoardIsABoardMembersTitle(String text, String person, String org) {
        Extracted e = x(text);
        assertEquals("board member", e.requireFact(FactType.ROLE, person, org).role(), e.describeFacts());
        assertTrue(e.entity("Member").isEmpty(), e.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tomas Berg sits on the board of Kelvo Holdings.|Tomas Berg|Kelvo Holdings",
            "Lena Ortiz, who also serves on the board of Halden Ports, said cargo grew.|Lena Ortiz|Halden Ports",
            "Omar Haddad served on the supervisory board of Brisko Bank until 2019.|Omar Haddad|Brisko Bank"})
    void sittingOnTheBoardHoldsASeat(String text, String person, String org) {
        Extracted e = x(text);
        assertEquals("board member", e.requireFact(FactType.ROLE, person, org).role(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Maria Lund sat on the bench while Kelvo Labs played.|Maria Lund|Kelvo Labs",
            "Board members of Kelvo Holdings approved the plan, Tomas Berg said.|Tomas Berg|Kelvo Holdings",
            "Omar Haddad, a member of the Brisko Bank golf club, said lending grew.|Omar Haddad|Brisko Bank"})
    void membersOfOtherBodiesOrBoardsAsAGroupHoldNoSeat(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }
}
