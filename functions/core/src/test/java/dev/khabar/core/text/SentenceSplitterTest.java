package dev.khabar.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> split(String text) {
        return SentenceSplitter.split(text, Tokenizer.tokenize(text)).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void decimalPointDoesNotEndASentence() {
        assertEquals(List.of("ضخت الشركة 14.3 مليار دولار.", "ثم توقفت."), split("ضخت الشركة 14.3 مليار دولار. ثم توقفت."));
    }

    @Test
    void arabicQuestionMarkAndLineEndsSplit() {
        assertEquals(List.of("هل تنجح الصفقة؟", "لا أحد يعرف"), split("هل تنجح الصفقة؟ لا أحد يعرف"));
        assertEquals(List.of("Headline here", "Body starts."), split("Headline here\n\nBody starts."));
    }

    @Test
    void abbreviationsAndInitialsDoNotSplit() {
        assertEquals(1, split("The U.S. Army signed with Acme Corp. in May.").size());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "First one. Second one!";
        var sentences = SentenceSplitter.split(text, Tokenizer.tokenize(text));
        assertEquals("Second one!", text.substring(sentences.get(1).start(), sentences.get(1).end()));
    }
}
