package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «X، التي أسست كمشروع مشترك بين A و B», «تأسست X عام 2019 كمشروع مشترك بين A و B», «X هي مشروع مشترك بين A و B»:
 * each party a joint venture is between founded the company named as the venture. Texts written here.
 */
class ArabicJointVentureFoundersTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت شركة «الريادة»، الإماراتية، التي أسست كمشروع مشترك بين «أدنوك» و«مبادلة»، اتفاقية مع بلدية العين.",
            "وتأسست شركة الريادة عام 2019 كمشروع مشترك بين أدنوك ومبادلة.",
            "وشركة الريادة هي مشروع مشترك بين أدنوك ومبادلة."})
    void theVenturesPartiesFoundedIt(String text) {
        Extracted x = Extracted.of(text, "2025-03-02");
        x.requireFactByAlias(FactType.FOUNDED, "أدنوك", "الريادة");
        x.requireFactByAlias(FactType.FOUNDED, "مبادلة", "الريادة");
    }

    /** «وقعت A اتفاقية لإنشاء مشروع مشترك بين A و B»: the venture is not yet named, and A founds nothing told here. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ووقعت شركة الريادة اتفاقية لإنشاء مشروع مشترك بين أدنوك ومبادلة.",
            // the company before the noun with a year and no founding or copula word signs it, it is not the venture
            "ووقعت شركة الريادة في 2020 مشروع مشترك بين أدنوك ومبادلة."})
    void aVentureUnnamedFoundsNothing(String text) {
        Extracted x = Extracted.of(text, "2025-03-02");
        x.requireFactByAlias(FactType.PARTNERSHIP, "أدنوك", "مبادلة");
        assertFalse(x.hasFactOfType(FactType.FOUNDED), x.describeFacts());
    }
}
