package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "took on the role of", "held the post of": the title after a noun of post is the verb's subject's. Texts written here. */
class PostNounRolesTest {
    @Test
    void roleTakenOn() {
        Extracted x = Extracted.of("Peter Loor took on the role of interim chief executive at Brisko last year.", "2025-01-01");
        x.requireFact(FactType.ROLE, "Peter Loor", "Brisko");
    }

    @Test
    void postHeldInARelativeClause() {
        Extracted x = Extracted.of("Helena Vosk, who has held the post of chief financial officer at Gorse Capital since 2019, "
                + "said sales rose.", "2025-01-01");
        x.requireFact(FactType.ROLE, "Helena Vosk", "Gorse Capital");
    }

    @Test
    void aRoleOfNoTitleGivesNone() {
        Extracted x = Extracted.of("Peter Loor said Brisko took on the role of a broker between farmers and Halden Motors.",
                "2025-01-01");
        assertTrue(x.fact(FactType.ROLE, "Peter Loor", "Brisko").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.ROLE, "Peter Loor", "Halden Motors").isEmpty(), x.describeFacts());
    }
}
