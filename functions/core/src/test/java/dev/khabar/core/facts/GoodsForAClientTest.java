package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;

/**
 * "X struck a 4G deal to supply end-to-end gear and services for Y": the client after "for" past the goods, a hyphened
 * word and a kind told with a number ("4G") within the deal. Texts written here.
 */
class GoodsForAClientTest {
    @Test
    void theCompanyAfterForPastTheGoodsIsTheClient() {
        Extracted x = Extracted.of("In May Halvor Networks struck a large 4G deal to supply end-to-end radio gear and "
                + "services for Kora Mobile, which was worth $900 million.", "2024-06-10");
        Fact f = x.requireFact(FactType.CONTRACT, "Halvor Networks", "Kora Mobile");
        assertEquals(900_000_000L, f.amount().value().longValue());
    }

    @Test
    void goodsForAPlaceOrAThingNameNoClient() {
        Extracted x = Extracted.of("Brindle Energy supplies gas for power plants in Egypt.", "2024-06-10");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.CONTRACT), x.describeFacts());
    }
}
