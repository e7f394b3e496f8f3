package dev.khabar.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void directionMarksAfterTheLastStopMakeNoSentence() {
        String text = "Acme hired Bob. Beta sold Gamma.\n\u200f";
        List<Sentence> sentences = SentenceSplitter.split(text, Tokenizer.tokenize(text));
        assertEquals(2, sentences.size());
        sentences.forEach(s -> assertTrue(s.endToken() > s.firstToken(), s::toString));
        assertEquals(List.of("تعاقدت الشركة مع بيتا."), split("تعاقدت الشركة مع بيتا. \u200f\u200e"));
    }

    @Test
    void abbreviationsAndInitialsDoNotSplit() {
        assertEquals(1, split("The U.S. Army signed with Acme Corp. in May.").size());
    }

    @Test
    void theBrothersOfACompanysNameDoNotSplit() {
        assertEquals(1, split("David Roe, the CEO of Warner Bros. Discovery said it was a win.").size());
        assertEquals(1, split("Lehman Bros. Holdings filed for bankruptcy.").size());
        assertEquals(1, split("Shares of Warner Bros. fell while Salomon Bros. gained.").size());
    }

    @Test
    void aSentenceGluedToTheNextStillEnds() {
        assertEquals(List.of("وقعت الشركة العقد.", "وذكر البيان أن التنفيذ يبدأ غدا."),
                split("وقعت الشركة العقد.وذكر البيان أن التنفيذ يبدأ غدا."));
        assertEquals(List.of("ويتولى المنصب في يوليو المقبل.", "يشار إلى أن البنك خسر."),
                split("ويتولى المنصب في يوليو المقبل.يشار إلى أن البنك خسر."));
        assertEquals(List.of("We will miss her.\u201d", "Ms. Roe joined Acme in 2009."),
                split("We will miss her.\u201dMs. Roe joined Acme in 2009."));
        assertEquals(List.of("The firm grew.", "The rest followed."), split("The firm grew.The rest followed."));
    }

    @Test
    void abbreviatedTitlesAndWebNamesGluedToAWordDoNotSplit() {
        assertEquals(1, split("وقال د.محمد الأحمد إن الخطة جيدة.").size());
        assertEquals(1, split("Shoppers used Booking.com and Amazon.Com last year.").size());
        assertEquals(1, split("Version 2.Beta of Node.js shipped.").size());
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "First one. Second one!";
        var sentences = SentenceSplitter.split(text, Tokenizer.tokenize(text));
        assertEquals("Second one!", text.substring(sentences.get(1).start(), sentences.get(1).end()));
    }

    @Test
    void aShortCapitalizedAbbreviationBeforeALowercaseWordDoesNotSplit() {
        assertEquals(1, split("Navy Orders Ships Worth 4,000 Cr. with Two Yards").size());
        assertEquals(1, split("The deal was led by Col. smith and two aides.").size());
        assertEquals(1, split("Acme Ltd booked 90 Mn. in new orders last year.").size());
        assertEquals(2, split("The board met on Monday. Acme then left.").size());
    }

    @Test
    void aStopBetweenLatinLettersSpelledInArabicDoesNotSplit() {
        assertEquals(1, split("وقالت أيه. تي أند تي إن الأرباح ارتفعت.").size());
        assertEquals(1, split("واشترت شركة يو. إس. أيه للتقنية المصنع.").size());
        assertEquals(1, split("وأعلنت نوفا فارما بي. إل. سي عن نتائجها.").size());
        assertEquals(2, split("وصل الوفد إلى دبي. تي موبايل لم تعلق.").size());
    }
}
