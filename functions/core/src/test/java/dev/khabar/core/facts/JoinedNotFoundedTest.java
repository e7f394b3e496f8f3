package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** Bare "cofounders A and B" who join a company in the sentence did not found that company. Texts written here. */
class JoinedNotFoundedTest {
    private static boolean founded(Extracted x, String company) {
        String id = x.requireEntity(company).id();
        return x.document().facts().stream().anyMatch(f -> f.type() == FactType.FOUNDED && f.object().equals(id));
    }

    @Test
    void foundersJoiningABuyerDidNotFoundIt() {
        Extracted x = Extracted.of("Terms were not disclosed, but both cofounders Lena Fisk and Omar Tally, along with most "
                + "of Quillworks, will be joining Dropbox.", "2024-05-02");
        assertTrue(!founded(x, "Dropbox"), x.describeFacts());
    }

    @Test
    void foundersStayingAtTheStorysCompanyStillFoundedIt() {
        Extracted x = Extracted.of("Terms were not disclosed, but both cofounders Lena Fisk and Omar Tally will stay at "
                + "Dropbox.", "2024-05-02");
        assertTrue(founded(x, "Dropbox"), x.describeFacts());
    }
}
