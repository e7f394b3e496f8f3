package dev.khabar.core.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "cr" as a scale only after a rupee sum. Texts written here. */
class NumberReaderTest {
    /** The value of the number at the first token written in digits. */
    private static BigDecimal firstNumber(String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).script() == dev.khabar.core.text.Script.NUMBER) {
                Quantity q = NumberReader.read(tokens, i, tokens.size());
                assertNotNull(q, text);
                return q.value();
            }
        }
        throw new AssertionError("no number in " + text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a Rs 40 cr round | 400000000",
        "a Rs. 8 Cr grant | 80000000",
        "₹15 Cr from the bank | 150000000",
        "an INR 3 cr loan | 30000000",
        "a PKR 2 cr order | 20000000"})
    void crAfterARupeeSumIsCrore(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(firstNumber(text)), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ward 4 Cr Tom Weller voted against it | 4",
        "the motion of Division 12 Cr Ana Ruiz passed | 12",
        "an entry of 500 Cr in the ledger | 500",
        "the bill came to $70 cr after the refund | 70",
        "it raised 9 crore from angels | 90000000"})
    void crElsewhereIsNoScale(String text, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(firstNumber(text)), text);
    }
}
