package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "(Pty) Ltd" closes a company's registered name and names nothing alone. Texts written here. */
class BracketedLegalFormsTest {
    @Test
    void ptyInBracketsIsNoCompany() {
        Extracted x = Extracted.of("Mopani Farms (Pty) Limited has been acquired by Karoo Foods.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Karoo Foods", "Mopani Farms");
        assertTrue(x.entity("Pty").isEmpty(), x.names());
    }

    @Test
    void capitalsInBracketsAndAfterThemToo() {
        Extracted x = Extracted.of("Zenith Mining (PTY) LTD appointed Sipho Dlamini as chief executive.", "2025-01-01");
        x.requireFact(FactType.EMPLOYMENT_START, "Sipho Dlamini", "Zenith Mining");
        assertTrue(x.entity("LTD").isEmpty() && x.entity("PTY").isEmpty(), x.names());
    }

    @Test
    void aBareLegalWordIsNoCompanyEither() {
        Extracted x = Extracted.of("The contract was awarded to Raubex Construction (Pty) Ltd at a cost of R864 million.",
                "2025-01-01");
        x.requireEntity("Raubex Construction");
        assertTrue(x.entity("Pty").isEmpty(), x.names());
    }
}
