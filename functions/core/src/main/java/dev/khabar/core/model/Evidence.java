package dev.khabar.core.model;

/** The sentence stating a fact, with character offsets into the extracted text. */
public record Evidence(String text, int start, int end) {
}
