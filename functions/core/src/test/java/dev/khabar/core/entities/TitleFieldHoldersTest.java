package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** The name after a title's field ("head of sales, Jane Roe") is the holder's, not more of the field. Texts written here. */
class TitleFieldHoldersTest {
    @Test
    void holderApposedAfterTheFieldsComma() {
        Extracted x = Extracted.of("Cobaltic's vice president of marketing, Helena Berdt, said demand was rising.", "2025-01-01");
        x.requireFact(FactType.ROLE, "Helena Berdt", "Cobaltic");
        Extracted y = Extracted.of("The head of sales at Cobaltic, Fenna Loor, said demand was rising.", "2025-01-01");
        y.requireEntity("Fenna Loor");
    }

    @Test
    void holderRightAfterAFieldWrittenSmall() {
        Extracted x = Extracted.of("Cobaltic's senior vice president of global sales Helena Berdt said demand was rising.",
                "2025-01-01");
        x.requireFact(FactType.ROLE, "Helena Berdt", "Cobaltic");
    }

    @Test
    void aFieldListedWithCommasStaysTheTitles() {
        Extracted x = Extracted.of("Marta Quill, Senior Vice President of Cloud, Cognitive Software and Research at Borvane, "
                + "spoke first.", "2025-01-01");
        assertTrue(x.entity("Cognitive Software").isEmpty(), x.names());
    }
}
