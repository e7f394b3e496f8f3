package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "X Fund of Y Capital": a unit and its owner, each ending as an organization's name does, are two names; "University
 * of X" in a list of titles stays an organization.
 */
class OrganizationNamesApartTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The round was led by the Digital East Fund of Earlybird Venture Capital and two angels.|Digital East Fund|Earlybird Venture Capital",
            "Money came from the Growth Fund of Halden Capital Group last year.|Growth Fund|Halden Capital Group",
            "The Climate Fund of Norvik Capital Partners joined the round.|Climate Fund|Norvik Capital Partners"})
    void aFundAndItsOwnerAreTwoNames(String text, String fund, String owner) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(fund).isPresent(), x.names());
        assertTrue(x.entity(owner).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Shares of the Royal Bank of Canada rose.|Royal Bank of Canada",
            "The Federal Reserve Bank of New York said so.|Federal Reserve Bank of New York",
            "The Ministry of Finance approved the plan.|Ministry of Finance"})
    void aBodyOfAPlaceOrFieldStaysOne(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(name).isPresent(), x.names());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "He was CEO of Steelcase, athletic director at the University of Michigan, and chairman of Ford.|University of Michigan",
            "She taught at the College of Europe, vice president of the board, until 2010.|College of Europe",
            "He joined the Bank of Corvania, chief economist of the firm, in 2001.|Bank of Corvania"})
    void anOrganizationsHeadBeforeOfIsNoPerson(String text, String name) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertEquals(EntityType.ORGANIZATION, x.requireEntity(name).type(), x.names());
    }
}
