package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Network Rail is upgrading the line. It has awarded X a contract": "it" awarding stands for the company the sentence
 * before opens on, or the one saying "it" («… said it awarded»), the client. Texts written here; a pronoun with no
 * company before: {@link DealsNotMadeTest}.
 */
class PronounAwardersTest {
    @Test
    void thePronounIsTheClient() {
        for (String text : List.of("Network Rail is upgrading the line. It has awarded a £30m contract to Halvex Construction.",
                "Network Rail is upgrading the line. It has awarded Halvex Construction a £30m contract.",
                "Network Rail said it awarded Halvex Construction a £30m contract.")) {
            Extracted x = Extracted.of(text, "2025-01-01");
            assertTrue(x.hasFactByAlias(FactType.CONTRACT, "Halvex Construction", "Network Rail"), x.describeFacts());
        }
    }
}
