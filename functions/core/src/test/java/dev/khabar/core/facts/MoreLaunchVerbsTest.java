package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "started selling X", «قدمت X خدمة جديدة باسم "Y"» (presented): verbs
 * that launch a named product; «قدمت X عرضا», «قدم استقالته» name no product and launch nothing. Texts written here.
 */
class MoreLaunchVerbsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Velora Motors started selling the Aria scooter in Spain last week.|Velora Motors|Aria",
            "Kestrel Audio began selling its Nimbo speaker in India on Monday.|Kestrel Audio|Nimbo",
            "قدمت شركة نورفكس خدمة جديدة باسم \"نورفكس بلس\" في دبي.|نورفكس|نورفكس بلس"})
    void theVerbLaunchesTheNamedProduct(String text, String maker, String product) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertTrue(x.hasFactByAlias(FactType.PRODUCT_LAUNCH, maker, product), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "قدمت شركة نورفكس عرضا لشراء شركة زيلكو.",
            "وقدم الرئيس التنفيذي لشركة نورفكس استقالته أمس.",
            "Velora Motors started selling shares in Spain last week.",
            "Velora Motors will fit the Aria scooter with new brakes, the firms said in press releases.",
            "The Nimbo speaker from Kestrel Audio sold out, according to a news release."})
    void noProductNoLaunch(String text) {
        Extracted x = Extracted.of("News\n" + text, "2025-05-05");
        assertTrue(x.document().facts().stream().noneMatch(f -> f.type() == FactType.PRODUCT_LAUNCH), x.describeFacts());
    }
}
