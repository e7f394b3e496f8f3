package dev.khabar.core.text;

/**
 * A word, number or punctuation mark of the text.
 *
 * @param start       char offset of the first char in the text
 * @param end         char offset after the last char
 * @param surface     the text as written
 * @param norm        folded form (see {@link TextNormalizer})
 * @param capitalized a Latin word written with a capital first letter (asked of nearly every token, so kept)
 */
public record Token(int start, int end, String surface, String norm, Script script, boolean capitalized) {
    public Token(int start, int end, String surface, String norm, Script script) {
        this(start, end, surface, norm, script, script == Script.LATIN && Character.isUpperCase(surface.charAt(0)));
    }

    public boolean isWord() {
        return script == Script.ARABIC || script == Script.LATIN;
    }

    public boolean is(String folded) {
        return norm.equals(folded);
    }
}
