package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Arabic layoffs told as giving up people («التخلي عن») or ending their contracts («إنهاء عقود»). Texts written here. */
class ArabicLayoffIdiomsTest {
    private static List<Fact> of(Extracted x, FactType type) {
        return x.document().facts().stream().filter(f -> f.type() == type).toList();
    }

    private static void laysOff(String text, String doer, int count) {
        Extracted x = Extracted.of(text, "2023-01-20");
        List<Fact> layoffs = of(x, FactType.LAYOFF);
        assertEquals(1, layoffs.size(), x.describeFacts());
        assertEquals(count, layoffs.get(0).count(), x.describeFacts());
        assertEquals(x.requireEntity(doer).id(), layoffs.get(0).subject(), x.describeFacts());
    }

    @Test
    void givingUpANumberOfPeopleIsALayoff() {
        laysOff("تعتزم شركة نيمبوس الأميركية التخلي عن 10 آلاف موظف خلال العام الجاري.", "نيمبوس", 10000);
        laysOff("أعلنت شركة فالكو أنها ستتخلى عن نحو 600 عامل في مصانعها.", "فالكو", 600);
        laysOff("وقررت شركة زيلترا التخلي عن أكثر من 1200 موظف بسبب تراجع المبيعات.", "زيلترا", 1200);
    }

    @Test
    void givingUpAShareOfTheStaffIsALayoff() {
        for (String[] c : new String[][] {
                {"وقررت شركة نيمبوس التخلي عن 30% من موظفيها بعد تراجع الإيرادات.", "نيمبوس"},
                {"وتبعتها شركة فالكو بالتخلي عن 15 في المائة من موظفيها.", "فالكو"},
                {"أعلنت شركة زيلترا أنها ستتخلى عن 10 بالمئة من العاملين في مصانعها.", "زيلترا"}}) {
            Extracted x = Extracted.of(c[0], "2023-01-20");
            List<Fact> layoffs = of(x, FactType.LAYOFF);
            assertEquals(1, layoffs.size(), x.describeFacts());
            assertEquals(x.requireEntity(c[1]).id(), layoffs.get(0).subject(), x.describeFacts());
        }
        Extracted y = Extracted.of("وقررت شركة نيمبوس التخلي عن 30% من حصتها في شركة فالكو.", "2023-01-20");
        assertTrue(of(y, FactType.LAYOFF).isEmpty(), y.describeFacts());
    }

    @Test
    void endingTheContractsOfANumberOfPeopleIsALayoff() {
        laysOff("وبدأت شركة نيمبوس خطة لإنهاء عقود أكثر من 18 ألف موظف.", "نيمبوس", 18000);
        laysOff("قررت شركة فالكو إنهاء عقود 300 عامل في فرعها الرئيسي.", "فالكو", 300);
        laysOff("أعلنت شركة زيلترا إنهاء عقود نحو 450 موظفا هذا الشهر.", "زيلترا", 450);
    }

    @Test
    void givingUpAPostStaysADepartureAndNoLayoff() {
        Extracted x = Extracted.of("قرر سامر الحلبي التخلي عن رئاسة مجلس إدارة شركة فالكو بعد عشر سنوات.", "2023-01-20");
        assertTrue(of(x, FactType.LAYOFF).isEmpty(), x.describeFacts());
        Extracted y = Extracted.of("أعلنت شركة نيمبوس إنهاء عقود التوريد مع ثلاثة موردين.", "2023-01-20");
        assertTrue(of(y, FactType.LAYOFF).isEmpty(), y.describeFacts());
    }
}
