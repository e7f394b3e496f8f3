package dev.khabar.core.text;

/**
 * A word, number or punctuation mark of the text.
 *
 * @param start       char offset of the first char in the text
 * @param end         char offset after the last char
 * @param surface     the text as written
 * @param norm        folded form (see {@link TextNormalizer})
 * @param capitalized a Latin word written with a capital first letter (asked of nearly every token, so kept)
 * @param word        the per-word answers about {@code norm} (see {@link WordFlags}): rules ask them of every token they
 *                    walk, and the token keeps them so that asking costs no lookup
 */
public record Token(int start, int end, String surface, String norm, Script script, boolean capitalized,
                    WordFlags.Word word) {
    public Token(int start, int end, String surface, String norm, Script script) {
        this(start, end, surface, norm, script, WordFlags.of(norm));
    }

    Token(int start, int end, String surface, String norm, Script script, WordFlags.Word word) {
        this(start, end, surface, norm, script, script == Script.LATIN && Character.isUpperCase(surface.charAt(0)), word);
    }

    public boolean isWord() {
        return script == Script.ARABIC || script == Script.LATIN;
    }

    public boolean is(String folded) {
        return norm.equals(folded);
    }
}
