package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «حصلت شركة X على تمويل … من Y»: the company named between the verb and the rest of its form raises a round, and the
 * givers after «من», however long the company's name, invest in it. Texts written here.
 * Those making none: {@link DealsNotMadeTest}.
 */
class ArabicObtainedFundingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "حصلت شركة ريم للأغذية على تمويل بقيمة 20 مليون دولار من صندوق واعد.|ريم للأغذية",
            "حصلت شركة ريم للأغذية على تمويل بقيمة 20 مليون دولار في جولة قادها صندوق واعد.|ريم للأغذية",
            "حصلت شركة ريم للأغذية والمشروبات على تمويل بقيمة 20 مليون دولار من صندوق واعد.|ريم للأغذية والمشروبات"})
    void theCompanyBetweenRaisesAndTheGiverInvests(String text, String raiser) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactOfType(FactType.FUNDING_ROUND), x.describeFacts());
        assertTrue(x.hasFactByAlias(FactType.INVESTMENT, "صندوق واعد", raiser), x.describeFacts());
    }
}
