package dev.khabar.core.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.FactType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «تأسس الصندوق عام 2011، بدعم من A وB، على يد فلان»: the company founded is the passive verb's subject right after it,
 * a name or its anaphor, not a name of the phrases between it and «على يد», which may stand far. Texts written here.
 */
class ArabicPassiveFoundingSubjectTest {
    private static Extracted x(String text) {
        return Extracted.of(text, "2024-05-10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ويدير صندوق \"نوران\" مكاتب في عمان. وتأسس الصندوق عام 2011، بدعم من سيسكو وأرامكو، على يد أحمد الخطيب.|نوران",
            "ويدير صندوق \"نوران\" مكاتب في عمان. وتأسس الصندوق عام 2011، بدعم من سيسكو وأرامكو والصندوق الأوروبي للاستثمار وغيرهم، على يد أحمد الخطيب.|نوران",
            "وتأسست شركة زيلكو عام 2011، بمشاركة من سيسكو، على يد أحمد الخطيب.|زيلكو",
            "وتأسست الشركة الأم لزيلكو عام 2011. وتأسست شركة زيلكو عام 2015 بتمويل من أرامكو على يد أحمد الخطيب.|زيلكو"})
    void theSubjectAfterTheVerbIsFounded(String text, String company) {
        Extracted x = x(text);
        String founder = x.withAlias("أحمد الخطيب").name();
        x.requireFact(FactType.FOUNDED, founder, company);
        assertTrue(x.fact(FactType.FOUNDED, founder, "Cisco").isEmpty(), x.describeFacts());
        assertTrue(x.fact(FactType.FOUNDED, founder, "Saudi Aramco").isEmpty(), x.describeFacts());
    }
}
