package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * «خلفًا لعقيل بشير»: the one replaced is named under «لـ», leaves, and takes no post, named with his title of the
 * company too («خلفا لمؤسسها X»); a relative after him is his even when his name is not read, and right after his name
 * with no comma («لكريم عادل الذي غادر … للانضمام إلى Y») tells his own moves; «القائم بأعمال الرئيس التنفيذي» is an
 * acting title, and naming its holder to the post is a start. Texts written here.
 */
class ArabicReplacedPredecessorsTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2025-03-01");
    }

    private static boolean has(Extracted e, FactType type, String person, String org) {
        return e.hasFactByAlias(type, person, org);
    }

    @Test
    void theOneReplacedUnderLamLeavesAndTakesNothing() {
        for (String[] c : new String[][] {
                {"تولى المهندس سامر حداد رئاسة شركة زيفرا خلفا لنبيل منصور.", "سامر حداد", "نبيل منصور"},
                {"وانتخب مجلس إدارة شركة زيفرا هاني سعيد رئيسا للمجلس خلفًا لكريم داود الذي تقاعد.", "هاني سعيد", "كريم داود"},
                {"وتولى المهندس رامي يوسف منصب المدير العام لشركة زيفرا خلفاً لعادل الحسيني.", "رامي يوسف", "عادل الحسيني"}}) {
            Extracted e = x(c[0]);
            assertTrue(has(e, FactType.EMPLOYMENT_START, c[1], "زيفرا"), e.describeFacts());
            assertTrue(has(e, FactType.EMPLOYMENT_END, c[2], "زيفرا"), e.describeFacts());
            assertTrue(!has(e, FactType.EMPLOYMENT_START, c[2], "زيفرا"), e.describeFacts());
        }
    }

    @Test
    void aRelativeAfterTheOneReplacedIsNotTheNewcomers() {
        Extracted e = x("انتخب مجلس إدارة شركة زيفرا، سامر حداد، لمنصب رئيس المجلس، خلفًا للسيد ك. م. داود، الذي قدم استقالته.");
        assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_END
                && f.subject().equals(e.withAlias("سامر حداد").id())), e.describeFacts());
    }

    @Test
    void aRelativeRightAfterTheOneReplacedTellsHisOwnMoves() {
        for (String text : new String[] {
                "أعلنت شركة زيفرا تعيين منى فؤاد رئيسة للعمليات، خلفا لكريم عادل الذي غادر الشركة للانضمام إلى بنك كوردا.",
                "عينت شركة زيفرا منى فؤاد رئيسة للعمليات خلفا لكريم عادل الذي انضم إلى بنك كوردا الشهر الماضي."}) {
            Extracted e = x(text);
            assertTrue(has(e, FactType.EMPLOYMENT_START, "كريم عادل", "بنك كوردا"), e.describeFacts());
            assertTrue(!has(e, FactType.EMPLOYMENT_START, "منى فؤاد", "بنك كوردا"), e.describeFacts());
            assertTrue(e.document().facts().stream().noneMatch(f -> f.type() == FactType.EMPLOYMENT_END
                    && f.subject().equals(e.withAlias("منى فؤاد").id())), e.describeFacts());
        }
    }

    @Test
    void theOneReplacedNamedWithHisTitleOfTheCompany() {
        for (String[] c : new String[][] {
                {"وتولى يوسف بنعلي إدارة شركة نوفا للأغذية خلفا لمؤسسها سمير العلوي.", "سمير العلوي", "نوفا للأغذية"},
                {"وتولى يوسف بنعلي رئاسة شركة زيفرا خلفا لمديرها سمير العلوي.", "سمير العلوي", "زيفرا"}}) {
            Extracted e = x(c[0]);
            assertTrue(has(e, FactType.EMPLOYMENT_END, c[1], c[2]), e.describeFacts());
            assertTrue(e.spelled("لمؤسسها " + c[1]).isEmpty() && e.spelled("لمديرها " + c[1]).isEmpty(), e.names());
        }
        Extracted founder = x("وتولى يوسف بنعلي إدارة شركة نوفا للأغذية خلفا لمؤسسها سمير العلوي.");
        assertTrue(has(founder, FactType.FOUNDED, "سمير العلوي", "نوفا للأغذية"), founder.describeFacts());
        Extracted spoken = x("وتحدث الوزير لمؤسسها سمير العلوي عن الخطة.");
        assertTrue(spoken.spelled("سمير العلوي").isPresent(), spoken.names());
    }

    @Test
    void anActingHolderIsNamedToThePost() {
        Extracted e = x("وعيّن مجلس إدارة شركة زيفرا المهندس سامر حداد، القائم بأعمال الرئيس التنفيذي للشركة، لهذا المنصب.");
        assertTrue(has(e, FactType.EMPLOYMENT_START, "سامر حداد", "زيفرا"), e.describeFacts());
        Fact role = e.document().facts().stream().filter(f -> f.type() == FactType.ROLE).findFirst().orElseThrow();
        assertEquals("acting CEO", role.role());
        assertEquals("acting chairman", x("وقال القائم بأعمال رئيس مجلس إدارة شركة كوردا المهندس نبيل منصور إن الأرباح نمت.")
                .document().facts().get(0).role());
        assertEquals("acting director general", x("وقالت ليلى عمران، القائمة بأعمال المدير العام لشركة كوردا، إن الطلب قوي.")
                .document().facts().get(0).role());
    }
}
