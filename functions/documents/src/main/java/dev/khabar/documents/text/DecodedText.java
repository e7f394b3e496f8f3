package dev.khabar.documents.text;

import java.nio.charset.Charset;

/** Bytes read as characters, with the charset they turned out to be in. */
public record DecodedText(String text, Charset charset) {
}
