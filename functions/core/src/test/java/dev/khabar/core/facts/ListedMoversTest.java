package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** A group that leaves, its members listed after "including": each member leaves. Texts written here. */
class ListedMoversTest {
    @Test
    void eachTitledMemberOfTheListLeaves() {
        Extracted x = Extracted.of("Several senior managers have left Quorvex since spring, including CEO Dana Whitfield, "
                + "finance director Omar Bassil and general counsel Lena Marsh.", "2024-05-02");
        assertEquals("CEO", x.requireFact(FactType.EMPLOYMENT_END, "Dana Whitfield", "Quorvex").role());
        assertEquals("finance director", x.requireFact(FactType.EMPLOYMENT_END, "Omar Bassil", "Quorvex").role());
        x.requireFact(FactType.EMPLOYMENT_END, "Lena Marsh", "Quorvex");
    }

    @Test
    void aMemberNamedWithItsCompanyAndOneAfterATime() {
        Extracted x = Extracted.of("Kelso Labs makes chips. The cuts follow a string of executives who left the company, "
                + "among them Kelso Labs COO Ravi Menon and, more recently, Tom Ashby.", "2024-05-02");
        x.requireFact(FactType.EMPLOYMENT_END, "Ravi Menon", "Kelso Labs");
        x.requireFact(FactType.EMPLOYMENT_END, "Tom Ashby", "Kelso Labs");
    }

    @Test
    void aCompanyThatLeavesListsNoLeavers() {
        Extracted x = Extracted.of("Brantis has left the trade group, including its chairman Nora Quill in the talks.",
                "2024-05-02");
        assertTrue(x.fact(FactType.EMPLOYMENT_END, "Nora Quill", "Brantis").isEmpty());
    }
}
