package dev.khabar.core.entities;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;

/** Acronyms that the stop list must not drop, since companies carry them: "BTS Group Holdings". Texts written here. */
class AcronymCompaniesTest {
    @Test
    void anAcronymOpeningACompanysNameIsKept() {
        Extracted x = Extracted.of("Velmora Corp sold its stake in BTS Group Holdings to Tesk Ltd.", "2025-03-03");
        x.requireEntity("BTS Group Holdings");
    }
}
