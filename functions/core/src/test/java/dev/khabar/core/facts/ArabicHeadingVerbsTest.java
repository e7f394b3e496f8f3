package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verbs of heading («يترأس», «ترأس», «سيترأس»): the doer after the verb or after its object heads the organization;
 * its board makes him chairman, and the future makes the post one to be taken.
 */
class ArabicHeadingVerbsTest {
    private static List<Fact> facts(Extracted x, FactType type) {
        return x.document().facts().stream().filter(f -> f.type() == type).toList();
    }

    private static void heads(String text, FactType type, String person, String org, String role) {
        Extracted x = Extracted.of(text, "2025-01-01");
        String p = x.withAlias(person).id();
        String o = x.withAlias(org).id();
        Fact f = facts(x, type).stream().filter(r -> r.subject().equals(p) && o.equals(r.object())).findFirst()
                .orElseThrow(() -> new AssertionError(type + " in " + x.describeFacts()));
        assertEquals(role, f.role());
    }

    @Test
    void aPresentOrPastVerbTellsAHeldPost() {
        heads("ويترأس الدكتور سامر حداد مجلس إدارة شركة زيفرا منذ عام 2019.", FactType.ROLE, "سامر حداد", "زيفرا", "chairman");
        heads("وترأس المهندس نبيل منصور شركة كوردا منذ عام 2010.", FactType.ROLE, "نبيل منصور", "كوردا", "head");
        heads("ويترأس مجلس إدارة «بنك زيفرا» الدكتور هاني سعيد.", FactType.ROLE, "هاني سعيد", "بنك زيفرا", "chairman");
    }

    @Test
    void aVerbOfTheFutureTellsAPostToBeTaken() {
        heads("سيترأس مجلس إدارة شركة «زيفرا» المهندس سامر حداد، بحسب البيان.", FactType.EMPLOYMENT_START, "سامر حداد", "زيفرا", "chairman");
        heads("وستترأس ليلى عمران مجلس إدارة شركة كوردا.", FactType.EMPLOYMENT_START, "ليلى عمران", "كوردا", "chairman");
        heads("وسيترأس المهندس رامي يوسف شركة زيفرا الجديدة.", FactType.EMPLOYMENT_START, "رامي يوسف", "زيفرا", "head");
    }

    @Test
    void presidingOverAMeetingHeadsNoOrganization() {
        Extracted x = Extracted.of("وترأس سامر حداد اجتماع الجمعية العمومية لشركة زيفرا.", "2025-01-01");
        assertTrue(facts(x, FactType.ROLE).isEmpty(), x.describeFacts());
    }
}
