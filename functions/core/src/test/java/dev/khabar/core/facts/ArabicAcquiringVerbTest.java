package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/** «اقتنى/اقتناء», the Maghreb's word for buying a company or a stake in it, reads as «اشترى/شراء». */
class ArabicAcquiringVerbTest {
    @Test
    void acquiringAWholeCompanyIsAnAcquisition() {
        Extracted x = Extracted.of("واقتنت شركة فودافون شركة إنوي مقابل 90 مليون دينار العام الماضي.", "2025-01-01");
        x.requireFactByAlias(FactType.ACQUISITION, "فودافون", "إنوي");
    }

    @Test
    void preparingToAcquireAMinorityOfTheCapitalIsAnInvestment() {
        Extracted x = Extracted.of("وأعلنت مجموعة زين أنها تستعد لاقتناء 30% من رأس مال شركة إنوي خلال الصائفة.", "2025-01-01");
        x.requireFactByAlias(FactType.INVESTMENT, "زين", "إنوي");
        assertTrue(!x.hasFactOfType(FactType.ACQUISITION), x.describeFacts());
    }

    @Test
    void customersBuyingAHandsetMakeNoDeal() {
        Extracted x = Extracted.of("وقالت شركة فودافون إن الحرفاء يمكنهم اقتناء الهاتف الجديد من متاجرها بداية من الغد.", "2025-01-01");
        assertTrue(!x.hasFactOfType(FactType.ACQUISITION) && !x.hasFactOfType(FactType.INVESTMENT), x.describeFacts());
    }
}
