package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A post taken or held with "became" or "worked as"; a plural description before a "-based" list seats every member;
 * the period of "Corp." between a name and its apposed description or the next member. Texts written here.
 */
class HoldingVerbsAndSitedListsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Before that, Peter Hall worked as chief operating officer at Delta Freight.|Peter Hall|Delta Freight|COO",
            "Anna Berg works as general counsel of Halden Bank.|Anna Berg|Halden Bank|general counsel"})
    void aPostTakenOrWorkedInIsHeld(String text, String person, String org, String role) {
        assertEquals(role, x("Orbit Labs hired a new boss. " + text).requireFact(FactType.ROLE, person, org).role());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Orbit Labs said Peter Hall will become the chief operating officer of Halden Bank.|Peter Hall|Halden Bank",
            "Maria Lopez became the first woman to lead Kestrel Freight's board.|Maria Lopez|Kestrel Freight",
            "Anna Berg worked closely with Halden Bank chairman Tom Reed.|Anna Berg|Halden Bank"})
    void aPostToComeOrNoTitleAfterTheVerbIsNoRole(String text, String person, String org) {
        Extracted e = x(text);
        assertTrue(e.fact(FactType.ROLE, person, org).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Texas-based lenders Cedar Trust and Maple Credit Union signed a deal.|Cedar Trust|Maple Credit Union|Texas",
            "Ohio-based bank holding companies Alder Financial Corp. and Birchwood Bancshares agreed to merge.|Alder Financial Corp|Birchwood Bancshares|Ohio",
            "The Berlin-based startups Quillon Labs, Nimbus Robotics and Pellman Software raised money.|Quillon Labs|Pellman Software|Berlin"})
    void aPluralDescriptionSeatsEveryMemberOfItsList(String text, String first, String last, String place) {
        Extracted e = x(text);
        e.requireFact(FactType.LOCATED_IN, first, place);
        e.requireFact(FactType.LOCATED_IN, last, place);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Berlin-based Quillon Labs and Nimbus Robotics signed a partnership.|Quillon Labs|Nimbus Robotics|Berlin",
            "The Texas-based lender Cedar Trust and Maple Credit Union signed a deal.|Cedar Trust|Maple Credit Union|Texas",
            "Ohio-based Alder Financial Corp. and Birchwood Bancshares agreed to merge.|Alder Financial Corp|Birchwood Bancshares|Ohio"})
    void aSingularDescriptionSeatsOnlyTheFirstName(String text, String first, String second, String place) {
        Extracted e = x(text);
        e.requireFact(FactType.LOCATED_IN, first, place);
        assertTrue(e.fact(FactType.LOCATED_IN, second, place).isEmpty(), e.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Hartwell Corp., a Reston-based contractor, bought Pellman Software.|Hartwell Corp|Reston",
            "Quillon Inc., a Denver-based maker of drones, raised $20 million.|Quillon Inc|Denver",
            "Nimbus Ltd., an Oxford-based chip designer, cut 40 jobs.|Nimbus Ltd|Oxford"})
    void theAbbreviationsPeriodDoesNotCutTheApposition(String text, String org, String place) {
        x(text).requireFact(FactType.LOCATED_IN, org, place);
    }
}
