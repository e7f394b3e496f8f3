package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * An Arabic list of investors goes on past a member unknown by name but glossed in Latin letters in parentheses and
 * followed by a comma; an unglossed unknown word still ends it. Texts written here.
 */
class ArabicGlossedListMembersTest {
    private static final String ROUND = "جمعت شركة نوفاكس الناشئة مبلغ 20 مليون دولار في جولة تمويل بقيادة سيلفرتون كابيتال (Silverton Capital).\n\n";

    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @Test
    void theListGoesOnPastAGlossedUnknownMember() {
        Extracted e = x(ROUND + "ومن بين المستثمرين الآخرين المشاركين في الجولة ماربل بارتنرز (Marble Partners)، وفي سي تن (9VC)، وكوبالت فينتشرز (Cobalt Ventures).");
        e.requireFact(FactType.INVESTMENT, "Marble Partners", "نوفاكس");
        e.requireFact(FactType.INVESTMENT, "Cobalt Ventures", "نوفاكس");
    }

    @Test
    void twoGlossedUnknownMembersInARow() {
        Extracted e = x(ROUND + "ومن بين المستثمرين الآخرين المشاركين في الجولة ماربل بارتنرز (Marble Partners)، وفي سي تن (9VC)، وزد إكس (ZX1)، وكوبالت فينتشرز (Cobalt Ventures).");
        e.requireFact(FactType.INVESTMENT, "Cobalt Ventures", "نوفاكس");
    }

    @Test
    void anUnglossedUnknownWordEndsTheList() {
        Extracted e = x(ROUND + "ومن بين المستثمرين الآخرين المشاركين في الجولة ماربل بارتنرز (Marble Partners)، وغيرهم، وقالت كوبالت فينتشرز (Cobalt Ventures) إنها سعيدة.");
        assertTrue(e.fact(FactType.INVESTMENT, "Cobalt Ventures", "نوفاكس").isEmpty(), e.describeFacts());
    }
}
