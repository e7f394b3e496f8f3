package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «صندوق الثروة السيادي السعودي», Saudi Arabia's sovereign wealth fund, is the Public Investment Fund, as «الصندوق
 * السيادي السعودي» is; another country's sovereign fund is not. Texts written here.
 */
class ArabicSaudiWealthFundTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "وقالت شركة زيلكو إنها جمعت 300 مليون دولار من صندوق الثروة السيادي السعودي.",
            "واستثمر صندوق الثروة السيادي السعودي 300 مليون دولار في شركة زيلكو.",
            "وحصلت شركة زيلكو على تمويل بقيمة 300 مليون دولار من صندوق الثروة السيادي السعودي."})
    void theSaudiSovereignWealthFundIsThePif(String text) {
        Extracted x = Extracted.of(text, "2024-05-10");
        x.requireFact(FactType.INVESTMENT, "Public Investment Fund", "زيلكو");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "واستثمر صندوق الثروة السيادي النرويجي 300 مليون دولار في شركة زيلكو."})
    void anotherCountrysFundIsNotThePif(String text) {
        Extracted x = Extracted.of(text, "2024-05-10");
        assertTrue(x.entity("Public Investment Fund").isEmpty(), x.names());
    }
}
