package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "is mulling a bid for X", "would consider investing in X", «تدرس شركة X الاستحواذ على Y»: a deal only thought over is
 * no fact; a bid made is one, and «الاستحواذ» after a company's field is no part of its name. Texts written here.
 */
class DeliberatedDealsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trilith Bank is mulling a bid for Marbel Finance.|ACQUISITION",
            "Trilith Bank is weighing a possible offer for Marbel Finance.|ACQUISITION",
            "Trilith Bank is said to be considering buying Marbel Finance.|ACQUISITION",
            "Trilith Bank may consider investing in Kelvo.|INVESTMENT",
            "تدرس شركة سنام للتقنية الاستحواذ على شركة ريم للأغذية.|ACQUISITION",
            "تبحث شركة سنام للتقنية إمكانية الاستحواذ على شركة ريم للأغذية.|ACQUISITION"})
    void aDealThoughtOverIsNoFact(String text, String type) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertFalse(x.hasFactOfType(FactType.valueOf(type)), x.describeFacts());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trilith Bank made a bid for Marbel Finance.|Trilith Bank|Marbel Finance",
            "Trilith Bank bought Marbel Finance after considering the deal for a year.|Trilith Bank|Marbel Finance",
            "استحوذت شركة سنام للتقنية على شركة ريم للأغذية بعد دراسة استمرت عاما.|سنام للتقنية|ريم للأغذية"})
    void aDealMadeStays(String text, String buyer, String bought) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ACQUISITION, buyer, bought), x.describeFacts());
    }
}
