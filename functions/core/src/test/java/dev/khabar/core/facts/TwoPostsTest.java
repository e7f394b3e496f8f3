package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A seat on the board beside an executive post, or two officer posts, are two posts; one taken or left is told by the
 * move, the other stays a ROLE. Texts written here.
 */
class TwoPostsTest {
    private static List<String> roles(Extracted en, String person, String company) {
        String p = en.requireEntity(person).id();
        String c = en.requireEntity(company).id();
        List<String> out = new ArrayList<>();
        for (Fact f : en.document().facts()) {
            if (f.type() == FactType.ROLE && f.subject().equals(p) && f.object().equals(c)) {
                out.add(f.role());
            }
        }
        return out;
    }

    @Test
    void chiefExecutiveWhoRemainsChairman() {
        Extracted en = Extracted.of("Corvant Systems CEO Mark Hale is stepping down. Hale will remain as chairman of "
                + "Corvant Systems.", "2024-03-06");
        assertEquals("CEO", en.requireFact(FactType.EMPLOYMENT_END, "Mark Hale", "Corvant Systems").role()); // the post left
        assertEquals(List.of("chairman"), roles(en, "Mark Hale", "Corvant Systems"), en.describeFacts());
    }

    @Test
    void operatingChiefNamedChiefExecutive() {
        Extracted en = Extracted.of("Harlow Foods COO Lisa Tran spoke first. Later, Harlow Foods named Lisa Tran as "
                + "its interim CEO.", "2024-03-06");
        assertEquals(List.of("COO"), roles(en, "Lisa Tran", "Harlow Foods"), en.describeFacts());
        assertEquals("CEO", en.requireFact(FactType.EMPLOYMENT_START, "Lisa Tran", "Harlow Foods").role());
    }

    @Test
    void aBoardSeatToldTwiceIsOnePost() {
        Extracted en = Extracted.of("Pinecrest Dairy chairman Omar Haddad spoke first. Omar Haddad, a board member of "
                + "Pinecrest Dairy since 2015, thanked the staff.", "2024-03-06");
        assertEquals(1, roles(en, "Omar Haddad", "Pinecrest Dairy").size(), en.describeFacts());
    }

    @Test
    void aVagueTitleAfterANamedPostIsThatPost() {
        Extracted en = Extracted.of("Pinecrest Dairy CEO Omar Haddad spoke first. Haddad, head of Pinecrest Dairy since "
                + "2015, thanked the staff.", "2024-03-06");
        assertEquals(List.of("CEO"), roles(en, "Omar Haddad", "Pinecrest Dairy"), en.describeFacts());
    }
}
