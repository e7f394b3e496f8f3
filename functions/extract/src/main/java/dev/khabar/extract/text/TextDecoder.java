package dev.khabar.extract.text;

/**
 * Object bytes to text: the one seam where document formats (HTML, PDF, DOCX…) plug in.
 * Implementations are thread-safe.
 */
public interface TextDecoder {
    /**
     * @param key         the object key (its extension hints at the format)
     * @param contentType as stored with the object, or null
     * @throws UndecodableException when the bytes are not a document this decoder can read
     */
    DecodedText decode(byte[] bytes, String key, String contentType) throws UndecodableException;
}
