package dev.khabar.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * «30 مليونا و761 ألفا و500 ريال», «2 مليار و300 مليون»: an Arabic sum told in parts joined by و, each of a lower scale;
 * «مليون ونصف المليون»: half of the scale joined to it.
 */
class CompoundArabicAmountsTest {
    private static BigDecimal first(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        return MoneyReader.find(text, tokens, 0, tokens.size(), Set.of()).get(0).value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "بمبلغ 30 مليونا و761 ألفا و500 ريال | 30761500",
        "بقيمة 2 مليار و300 مليون ريال | 2300000000",
        "بقيمة 54 مليونا و556 ألفا و591 ريالاً | 54556591",
        "بقيمة 12 ألفا و500 دولار | 12500",
        "بقيمة 870 ألف ريال | 870000"})
    void thePartsAddUp(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(first(text)), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "مقابل مليون ونصف المليون دولار | 1500000",
        "بقيمة 3 ملايين ونصف مليون دولار | 3500000",
        "بقيمة مليار ونصف دولار | 1500000000",
        "بقيمة 2 مليار وربع المليار ريال | 2250000000"})
    void aHalfOrAQuarterOfTheScaleJoinsTheSum(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(first(text)), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "بقيمة 5 ملايين دولار ونصف الأسهم للمؤسسين | 5000000",
        "صفقة بقيمة 5 ملايين دولار و3 شركات أخرى | 5000000",
        "بقيمة 300 مليون و2 مليار دولار | 2000000000"})
    void aPartNotOfALowerScaleIsNoPartOfTheSum(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(first(text)), text);
    }
}
