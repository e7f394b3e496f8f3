package dev.khabar.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static List<String> surfaces(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::surface).toList();
    }

    @Test
    void splitsScriptsThatTouch() {
        assertEquals(List.of("شركة", "IBM", "حوالي", "3900"), surfaces("شركة IBMحوالي 3900"));
    }

    @Test
    void keepsNumbersWhole() {
        assertEquals(List.of("$", "1.2", "bn", "and", "1,200", "jobs"), surfaces("$1.2bn and 1,200 jobs"));
        assertEquals(List.of("٢٫٥", "مليار"), surfaces("٢٫٥ مليار"));
    }

    @Test
    void aCurrencyGluedToItsSumIsAWordOfItsOwn() {
        assertEquals(List.of("Dh", "143.98", "million"), surfaces("Dh143.98 million"));
        assertEquals(List.of("Dhs", "20", "bn"), surfaces("Dhs20 bn"));
        assertEquals(List.of("Rs", "100", "crore"), surfaces("Rs100 crore"));
        assertEquals(List.of("EUR", "15", "m"), surfaces("EUR15m"));
        assertEquals(List.of("Sh", "18.25", "billion"), surfaces("Sh18.25 billion"));
        assertEquals(List.of("Kshs", "500", "million"), surfaces("Kshs500 million"));
        assertEquals(List.of("R", "864", "888", "000"), surfaces("R864 888 000"));
        assertEquals(List.of("R", "2.5", "billion"), surfaces("R2.5 billion"));
    }

    @Test
    void anIsoCodeOrTheSaudiRiyalGluedToASumOfScaleIsAWordOfItsOwn() {
        assertEquals(List.of("CNY", "15.7", "billion"), surfaces("CNY15.7 billion"));
        assertEquals(List.of("NGN", "2", "bn"), surfaces("NGN2bn"));
        assertEquals(List.of("SR", "1.1", "billion"), surfaces("SR1.1 billion"));
        assertEquals(List.of("SR", "40", "m", "deal"), surfaces("SR40m deal"));
    }

    @Test
    void anIsoCodeOrSrBeforeBareDigitsStaysAModelName() {
        assertEquals(List.of("SR20", "engine"), surfaces("SR20 engine"));
        assertEquals(List.of("CNY2024", "report"), surfaces("CNY2024 report"));
        assertEquals(List.of("ALL4", "app"), surfaces("ALL4 app"));
    }

    @Test
    void otherWordsGluedToNumbersStayWhole() {
        assertEquals(List.of("FY2020", "A380", "Dhabi", "MQ9"), surfaces("FY2020 A380 Dhabi MQ9"));
        assertEquals(List.of("Dhx5"), surfaces("Dhx5"));
        assertEquals(List.of("EOS", "R5", "and", "R1250", "GS"), surfaces("EOS R5 and R1250 GS"));
    }

    @Test
    void possessiveIsItsOwnToken() {
        List<Token> tokens = Tokenizer.tokenize("Acme’s CEO");
        assertEquals("'s", tokens.get(1).norm());
        assertEquals(Script.PUNCT, tokens.get(1).script());
    }

    @Test
    void detectsLanguageByScript() {
        assertEquals("ar", LanguageDetector.detect("أعلنت شركة Acme عن شراكة"));
        assertEquals("en", LanguageDetector.detect("Acme announced a partnership"));
    }
}
