package dev.khabar.core.text;

/**
 * A sentence: chars [start, end) of the text and tokens [firstToken, endToken) of the token list.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {
    public String text(String documentText) {
        return documentText.substring(start, end);
    }
}
