package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** "Kestrel Bank's Baltic Re acquired X": the owned company is the doer, the possessor only says whose. Texts written here. */
class PossessedDoersTest {
    @Test
    void theOwnedCompanyActs() {
        Extracted x = Extracted.of("Kestrel Bank's insurance unit Baltic Re acquired Tenby Insurance.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Baltic Re", "Tenby Insurance");
        assertTrue(x.fact(FactType.ACQUISITION, "Kestrel Bank", "Tenby Insurance").isEmpty(), x.describeFacts());
    }

    @Test
    void withAuxiliariesAndANounTriggerAfterItsVerb() {
        Extracted x = Extracted.of("Tenzor Group's Velox Motors has agreed to buy Dunmore Rail for $40 million.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Velox Motors", "Dunmore Rail");
        Extracted y = Extracted.of("Walt Disney's ESPN signed a partnership with Fox Corp.", "2025-01-01");
        assertTrue(y.hasFactByAlias(FactType.PARTNERSHIP, "ESPN", "Fox Corp"), y.describeFacts());
    }

    @Test
    void aNounRightAfterThePossessedNameIsTheOwners() {
        Extracted x = Extracted.of("Analysts said Microsoft's OpenAI investment had paid off.", "2025-01-01");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.subject().equals(x.requireEntity("OpenAI").id())),
                x.describeFacts());
    }
}
