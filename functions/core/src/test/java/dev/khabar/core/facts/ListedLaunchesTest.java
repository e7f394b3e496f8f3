package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "launched three phones: the X, the Y and the Z", "its Orbo devices — the Orbo 7, Orbo 7+ and Orbo 7 Max —": each
 * product listed after a colon or a spaced dash was launched, not the family named before the list. Texts written here.
 */
class ListedLaunchesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Norvix launched three phones: the Zeta 5, the Zeta 5 Pro and the Zeta 5 Max.|Zeta 5 Pro",
            "Norvix launched three phones: the Zeta 5, the Zeta 5 Pro and the Zeta 5 Max.|Zeta 5 Max",
            "Samsung showed the Galaxy S25 in January. Samsung launched the 2025 lineup of its Galaxy S devices — the S25, S25+ and S25 Ultra — on Wednesday.|S25 Ultra",
            "Samsung showed the Galaxy S25 in January. Samsung launched the 2025 lineup of its Galaxy S devices — the S25, S25+ and S25 Ultra — on Wednesday.|S25+"})
    void eachListedProductWasLaunched(String text, String product) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertTrue(x.describeFacts().contains(product), x.describeFacts());
    }

    @Test
    void theFamilyBeforeTheListIsNotLaunched() {
        Extracted x = Extracted.of("News\nSamsung showed the Galaxy S25 in January.\nSamsung launched the 2025 lineup of its Galaxy S devices — the S25, S25+ and S25 Ultra — on Wednesday.",
                "2025-05-05");
        assertTrue(x.document().facts().stream().filter(f -> f.type() == FactType.PRODUCT_LAUNCH).count() == 3, x.describeFacts());
        assertTrue(!x.hasFactByAlias(FactType.PRODUCT_LAUNCH, "Samsung", "Galaxy S"), x.describeFacts());
    }
}
