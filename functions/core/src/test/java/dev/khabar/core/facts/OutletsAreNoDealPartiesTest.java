package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.FactType;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A news outlet cited in a deal's sentence is its source, never a buyer, investor, partner or contractor. */
class OutletsAreNoDealPartiesTest {
    private static final Set<FactType> DEALS = Set.of(FactType.ACQUISITION, FactType.INVESTMENT, FactType.PARTNERSHIP,
            FactType.CONTRACT, FactType.FUNDING_ROUND);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وتفاوض سامر حداد، وفقاً لمجلة \"فوربس\"، من أجل شراء شركة زيفرا.|فوربس",
            "ونقل موقع بلومبرغ عن مصادر مطلعة أن صندوقا سياديا يبحث شراء حصة في شركة زيفرا.|بلومبرغ",
            "Zephra Labs agreed to buy a stake in Korda Bank, Reuters reported on Monday.|Reuters"})
    void theOutletIsNoParty(String text, String outlet) {
        Extracted x = Extracted.of(text, "2025-01-01");
        Entity e = x.document().entities().stream().filter(n -> n.aliases().contains(outlet)).findFirst()
                .orElseThrow(() -> new AssertionError(x.names()));
        assertTrue(x.document().facts().stream().noneMatch(f -> DEALS.contains(f.type())
                && (f.subject().equals(e.id()) || e.id().equals(f.object()))), x.describeFacts());
    }
}
