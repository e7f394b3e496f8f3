package dev.khabar.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** «خمسة آلاف وظيفة», «ثلاثة مليارات دولار»: Arabic cardinals written as words before a scale word. */
class ArabicNumberWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ألغت الشركة نحو خمسة آلاف وظيفة العام الماضي|5000",
        "وسرحت المجموعة ثلاثة آلاف موظف في مصانعها|3000",
        "تعتزم الشركة الاستغناء عن عشرة آلاف عامل|10000",
        "قررت شطب عشرين ألف وظيفة خلال عامين|20000"})
    void aCountWrittenInWords(String text, long count) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Quantity> found = CountReader.find(tokens, 0, tokens.size());
        assertEquals(1, found.size(), () -> text + ": " + found);
        assertEquals(0, BigDecimal.valueOf(count).compareTo(found.get(0).value()), () -> text + ": " + found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "استثمرت الشركة ثلاثة مليارات دولار في المصنع|3000000000|USD",
        "بصفقة قيمتها سبعة ملايين ريال سعودي|7000000|SAR",
        "وضخ الصندوق خمسين مليون دولار في الشركة|50000000|USD"})
    void anAmountWrittenInWords(String text, long value, String currency) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Money> found = MoneyReader.find(text, tokens, 0, tokens.size(), Set.of());
        assertEquals(1, found.size(), () -> text + ": " + found);
        assertEquals(0, BigDecimal.valueOf(value).compareTo(found.get(0).value()), () -> text + ": " + found);
        assertEquals(currency, found.get(0).currency());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "عملت خمس سنوات في الشركة مع ثلاثة موظفين",
        "قضى عشر سنوات مديرا قبل أن يعين ست مديرات"})
    void aWordNumberWithoutAScaleIsNoCount(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        assertTrue(CountReader.find(tokens, 0, tokens.size()).isEmpty());
    }
}
