package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.lexicon.Lexicon;
import dev.khabar.core.text.TextNormalizer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each column of the one table of name endings holds what its use needs, and nothing of another use's. */
class CompanySuffixesTest {
    @Test
    void anOrganizationsNameEndsWithLegalFormsAndBodies() {
        assertHolds(CompanySuffixes.ENDS, "inc", "cos", "bank", "university", "ministry", "investors", "airways");
        assertLacks(CompanySuffixes.ENDS, "limited", "gmbh", "holding", "robotics", "جروب");
    }

    @Test
    void aKeyDropsLongNameWordsInBothScripts() {
        assertHolds(CompanySuffixes.KEY, "ltd", "holding", "system", "se", "international", "القابضه", "للتكنولوجيا");
        assertLacks(CompanySuffixes.KEY, "cos", "company", "labs", "bank", "university");
    }

    @Test
    void onlyLegalFormsTypeACompany() {
        assertHolds(CompanySuffixes.TYPES, "gmbh", "company", "lp", "llp", "cos");
        assertLacks(CompanySuffixes.TYPES, "group", "limited", "pte", "bank");
    }

    @Test
    void aRegisteredNameClosesWithItsLegalForm() {
        assertHolds(CompanySuffixes.CLOSES, "ltd", "limited", "pte", "pvt", "bhd", "corp");
        assertLacks(CompanySuffixes.CLOSES, "co", "company", "corporation", "group");
    }

    @Test
    void registeredWordsAreTheClosingOnesAndTheWordsAroundThem() {
        assertTrue(CompanySuffixes.REGISTERED.containsAll(CompanySuffixes.CLOSES));
        assertHolds(CompanySuffixes.REGISTERED, "co", "company", "group", "holdings", "nv");
        assertLacks(CompanySuffixes.REGISTERED, "technologies", "labs", "cos");
    }

    @Test
    void aShortNameDropsIndustryWordsAndLegalForms() {
        assertHolds(CompanySuffixes.DROPS, "ai", "robotics", "global", "asset", "network", "gmbh", "pvt", "holding",
                "logistics", "shipping");
        assertLacks(CompanySuffixes.DROPS, "university", "cos", "se", "القابضه");
    }

    @Test
    void publicBodiesEndOrganizationsNames() {
        assertTrue(CompanySuffixes.ENDS.containsAll(CompanySuffixes.BODIES));
        assertHolds(CompanySuffixes.BODIES, "department", "ministry", "directorate", "secretariat", "office", "committee",
                "institute"); // "Audit and Risk Committee", "Soil and Water Research Institute"
        assertLacks(CompanySuffixes.BODIES, "bank", "university", "ltd", "group");
    }

    @Test
    void everyWordIsStoredFoldedOnceWithAYesOrNoPerUse() {
        Set<String> seen = new HashSet<>();
        for (String[] row : Lexicon.rows(CompanySuffixes.RESOURCE, 9)) {
            assertEquals(TextNormalizer.normalize(row[0]), row[0], "not folded: " + row[0]);
            assertTrue(seen.add(row[0]), "twice: " + row[0]);
            for (int c = 1; c <= 7; c++) {
                assertTrue(row[c].equals("y") || row[c].equals("-"), row[0] + " column " + c + ": " + row[c]);
            }
            assertEquals("", row[8], "a column too many: " + row[0]);
        }
        assertEquals(150, seen.size());
    }

    private static void assertHolds(Set<String> column, String... words) {
        for (String w : words) {
            assertTrue(column.contains(w), w);
        }
    }

    private static void assertLacks(Set<String> column, String... words) {
        for (String w : words) {
            assertFalse(column.contains(w), w);
        }
    }
}
