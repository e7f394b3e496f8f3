package dev.khabar.extract.text;

import dev.khabar.documents.DecodedDocument;
import dev.khabar.documents.DecoderLimits;
import dev.khabar.documents.DocumentDecoder;
import dev.khabar.documents.DocumentHints;
import dev.khabar.documents.DocumentRejectedException;

/**
 * Every supported upload format (.txt in any of its charsets, .md, .html, .pdf, .docx, .json) through the documents
 * module. A rejection becomes the document's FAILED reason, prefixed with its machine code (ENCRYPTED: …).
 * Explicit S3 metadata is applied by the caller, which sees it; here only what the file itself says is returned.
 */
public final class DocumentTextDecoder implements TextDecoder {
    private final DocumentDecoder decoder;

    /** @param maxObjectBytes the largest object the function reads; the decoder's size limit follows it */
    public DocumentTextDecoder(long maxObjectBytes) {
        this(new DocumentDecoder(DecoderLimits.DEFAULTS.withMaxBytes(maxObjectBytes)));
    }

    private DocumentTextDecoder(DocumentDecoder decoder) {
        this.decoder = decoder;
    }

    /**
     * A decoder that has already decoded a sample of every format, so the first PDF or web page does not pay for
     * loading PDFBox or jsoup: built by SnapStart priming (the snapshot holds them loaded) and by long-lived runners.
     */
    public static DocumentTextDecoder primed(long maxObjectBytes) {
        return new DocumentTextDecoder(new DocumentDecoder(DecoderLimits.DEFAULTS.withMaxBytes(maxObjectBytes)).primed());
    }

    @Override
    public DecodedText decode(byte[] bytes, String key, String contentType) throws UndecodableException {
        try {
            DecodedDocument document = decoder.decode(bytes, key, DocumentHints.NONE);
            return new DecodedText(document.text(), document.title(), document.published());
        } catch (DocumentRejectedException e) {
            throw new UndecodableException(e.code() + ": " + e.reason());
        }
    }
}
