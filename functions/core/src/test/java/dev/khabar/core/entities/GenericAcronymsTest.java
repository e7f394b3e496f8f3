package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "QR codes", "ICT services", "new SOPs": generic acronyms of technology and procedure name no organization, so they
 * neither become entities nor stand between a company and the anaphor that refers to it. Texts written here.
 */
class GenericAcronymsTest {
    @ParameterizedTest
    @ValueSource(strings = {"QR", "ICT", "SOP", "SMS", "ATM", "OTP"})
    void aGenericAcronymIsNoEntity(String acronym) {
        Extracted e = Extracted.of("Zolix said users can now pay by " + acronym + " in its stores across the region.", "2024-05-10");
        assertTrue(e.entity(acronym).isEmpty(), e.names());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Brevant will supply radio gear; SDN; and NFV software to the operator.",
            "Telmora Mobile becomes the ninth MVNO on the Orvane network.",
            "Its TDD and FDD spectrum sits idle, Orvane Telecom said.",
            "Kestrova sells payroll software to SMBs across Spain.",
            "Quelt makes AR/VR headsets for factory training."})
    void aNetworkOrMarketAcronymIsNoEntity(String text) {
        Extracted e = Extracted.of(text, "2024-05-10");
        for (String acronym : new String[] {"SDN", "NFV", "MVNO", "TDD", "FDD", "SMBs", "AR", "VR", "AR/VR"}) {
            assertTrue(e.entity(acronym).isEmpty(), e.names());
        }
    }

    @Test
    void aStopAcronymStillOpensACompanyWithItsEnding() {
        Extracted e = Extracted.of("SDN Holdings Ltd bought a stake in Kestrova.", "2024-05-10");
        assertTrue(e.entity("SDN Holdings Ltd").isPresent(), e.names());
    }

    @Test
    void theAnaphorReachesTheCompanyPastTheAcronym() {
        Extracted e = Extracted.of("Shops in Lagos accept QR codes through apps such as Zolix. The Nigerian fintech, which"
                + " operates a tap-to-pay wallet, has raised $4 million in seed funding led by Halden Ventures.", "2024-05-10");
        e.requireFact(FactType.FUNDING_ROUND, "Zolix", null);
        e.requireFact(FactType.INVESTMENT, "Halden Ventures", "Zolix");
    }
}
