package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import org.junit.jupiter.api.Test;

/** A company styled in lower case is named where a noun describes it, when the text also names it capitalised. Texts written here. */
class LowerCaseNamesTest {
    @Test
    void theLowerCaseNameAfterADescriptionIsTheCompany() {
        Extracted x = Extracted.of("Gulf telecoms giant zeno has opened a data centre. Rana Aziz, CEO of Zeno, said demand was "
                + "rising.", "2025-01-01");
        assertEquals(1, x.document().entities().stream().filter(e -> e.name().equalsIgnoreCase("zeno")).count(), x.names());
        assertTrue(x.hasTitleByAlias("Rana Aziz", "zeno"), x.describeFacts());
    }

    @Test
    void rivalOperatorAndFirmDescribeItToo() {
        Extracted x = Extracted.of("Customers moved to rival operator zeno last year, Zeno said.", "2025-01-01");
        assertTrue(x.withAlias("zeno") != null, x.names());
        Extracted y = Extracted.of("The payments firm kora has grown fast, and Kora plans to list.", "2025-01-01");
        assertTrue(y.withAlias("kora") != null, y.names());
    }

    @Test
    void theWordElsewhereIsNoName() {
        Extracted x = Extracted.of("Apple said it would sell more apple juice.", "2025-01-01");
        assertTrue(x.entity("apple").isEmpty() || x.entity("apple").get().aliases().contains("Apple"), x.names());
    }
}
