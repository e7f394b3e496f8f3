package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «أعلنت شركة X استقالة رئيسها التنفيذي Y. وعيّن مجلس الإدارة Z محل Y»: an Arabic hire that names no company nor post
 * but the one replaced («محل», «خلفا لـ») gives the newcomer the post and the company that person left. Texts written
 * here.
 */
class ArabicBoardHiresInPlaceTest {
    @Test
    void theBoardHiresIntoThePostLeft() {
        Extracted x = Extracted.of("أعلنت شركة زيلماكس استقالة رئيسها التنفيذي رامي حداد. وعين مجلس الإدارة مدير العمليات "
                + "فادي العلي محل حداد.", "2025-01-01");
        assertEquals("CEO", x.requireFactByAlias(FactType.EMPLOYMENT_START, "فادي العلي", "زيلماكس").role(), x.describeFacts());
    }

    @Test
    void aSuccessorAfterKhalfanToo() {
        Extracted x = Extracted.of("أعلنت شركة زيلماكس استقالة رئيسها التنفيذي رامي حداد. وعين مجلس الإدارة فادي العلي "
                + "خلفا لحداد.", "2025-01-01");
        assertEquals("CEO", x.requireFactByAlias(FactType.EMPLOYMENT_START, "فادي العلي", "زيلماكس").role(), x.describeFacts());
    }

    @Test
    void noDepartureToldNoPostGiven() {
        Extracted x = Extracted.of("وعين مجلس الإدارة فادي العلي محل رامي حداد في اللجنة.", "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.EMPLOYMENT_START), x.describeFacts());
    }
}
