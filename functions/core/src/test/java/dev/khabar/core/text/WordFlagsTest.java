package dev.khabar.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordFlagsTest {
    private static final long FIRST = WordFlags.newFlag();
    private static final long SECOND = WordFlags.newFlag();

    @Test
    void flagsAreDistinctBits() {
        assertNotEquals(FIRST, SECOND);
        assertTrue(Long.bitCount(FIRST) == 1 && Long.bitCount(SECOND) == 1);
    }

    @Test
    void anAnswerIsKnownOnlyOnceSetAndOnlyForItsWordAndFlag() {
        WordFlags.Word word = WordFlags.of("word-flags-test-تجربه");
        assertFalse(word.known(FIRST));
        assertTrue(word.set(FIRST, true));
        assertFalse(word.set(SECOND, false));
        WordFlags.Word again = WordFlags.of("word-flags-test-تجربه");
        assertSame(word, again);
        assertTrue(again.known(FIRST) && again.is(FIRST));
        assertTrue(again.known(SECOND) && !again.is(SECOND));
        WordFlags.Word other = WordFlags.of("word-flags-test-other");
        assertFalse(other.known(FIRST) || other.known(SECOND));
    }

    @Test
    void aFalseAnswerIsKnownToo() {
        WordFlags.Word word = WordFlags.of("word-flags-test-false");
        word.set(SECOND, false);
        assertTrue(word.known(SECOND));
        assertFalse(word.is(SECOND));
        assertFalse(word.known(FIRST));
    }
}
