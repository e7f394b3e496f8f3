package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** The object of an Arabic deal verb after its doer, the doer's description and a comma: «استحوذت شركة "X" المصرية، على Y». */
class ArabicDealObjectsTest {
    @Test
    void theObjectFollowsTheDoersNationalityAndAComma() {
        Extracted x = Extracted.of("استحوذت شركة \"النخبة للتطوير\" المصرية، على شركة البرمجيات \"كود لاين\" الأردنية.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "النخبة للتطوير", "كود لاين");
    }

    @Test
    void theObjectFollowsTheDoersAdjective() {
        Extracted x = Extracted.of("واستحوذت مجموعة «بلو ستون» العقارية، على شركة «سكاي هومز» للتطوير.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "بلو ستون", "سكاي هومز");
    }

    @Test
    void theObjectAfterACommaAndItsTrade() {
        Extracted x = Extracted.of("واستحوذت أمازون، على شركة الشحن «فاست بوكس» مقابل مليار دولار.", "2025-01-01");
        x.requireFact(FactType.ACQUISITION, "Amazon", "فاست بوكس");
    }

    private static void noTakeover(String... texts) {
        for (String text : texts) {
            Extracted x = Extracted.of(text, "2025-01-01");
            assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.ACQUISITION), x.describeFacts());
        }
    }

    @Test
    void unitsOfAModelAreNoTakeover() {
        noTakeover("وتعتزم شركة زيفرا شراء 40 طائرة من طراز «نوفا 900» خلال العامين المقبلين.",
                "واشترت مجموعة كوردا 120 حافلة من طراز \"سيتي لاين\" لتشغيلها في العاصمة.",
                "وأبرمت الشركة اتفاقا لشراء 12 قطارا من طراز Velaro X بقيمة مليار يورو.");
    }

    @Test
    void aCommonNounBoughtLeavesTheNamesBeforeItAlone() {
        noTakeover("وقعت شركة زيفرا، بالتعاون مع مجموعة كوردا، اتفاقية لشراء أراض في شمال المدينة.",
                "وأعلنت شركة زيفرا مع شركة كوردا خطة لشراء معدات حفر جديدة.",
                "وبعد توقيع مذكرة تفاهم مع شركة كوردا، قررت شركة زيفرا شراء مبان في وسط العاصمة.");
    }
}
