package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "is mulling a bid for X", "would consider investing in X", «تدرس شركة X الاستحواذ على Y»: a deal only thought over is
 * no fact; a bid made is one, and «الاستحواذ» after a company's field is no part of its name. Texts written here;
 * those thought over: {@link DealsNotMadeTest}.
 */
class DeliberatedDealsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trilith Bank made a bid for Marbel Finance.|Trilith Bank|Marbel Finance",
            "Trilith Bank bought Marbel Finance after considering the deal for a year.|Trilith Bank|Marbel Finance",
            "استحوذت شركة سنام للتقنية على شركة ريم للأغذية بعد دراسة استمرت عاما.|سنام للتقنية|ريم للأغذية"})
    void aDealMadeStays(String text, String buyer, String bought) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.hasFactByAlias(FactType.ACQUISITION, buyer, bought), x.describeFacts());
    }

    @Test
    void theVerbalNounEndsTheName() {
        Extracted x = Extracted.of("تدرس شركة سنام للتقنية الاستحواذ على شركة ريم للأغذية.", "2025-01-01");
        assertTrue(x.spelled("سنام للتقنية").isPresent(), x.names());
    }
}
