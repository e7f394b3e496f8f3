package dev.khabar.documents;

import dev.khabar.documents.docx.DocxText;
import dev.khabar.documents.html.HtmlArticle;
import dev.khabar.documents.json.JsonArticle;
import dev.khabar.documents.pdf.PdfText;
import dev.khabar.documents.sniff.Signatures;
import dev.khabar.documents.sniff.TextFormats;
import dev.khabar.documents.text.CharsetDetector;
import dev.khabar.documents.text.DecodedText;
import dev.khabar.documents.text.MarkdownText;
import dev.khabar.documents.text.Tidy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * The one way in: an uploaded file's bytes, its name and what the uploader stated about it, out comes its text, title
 * and publication date, or a {@link DocumentRejectedException} saying why not.
 * <p>
 * The content decides the format (a PDF called article.txt is a PDF); the extension only chooses among text formats.
 * Explicit hints win over what the format says, which wins over nothing. Each format's library (jsoup, PDFBox) is
 * loaded only when a document of that format arrives, which keeps cold starts light.
 */
public final class DocumentDecoder {
    private static final List<String> PRIMERS =
            List.of("sample.txt", "sample.md", "sample.html", "sample.json", "sample.pdf", "sample.docx");

    private final DecoderLimits limits;

    public DocumentDecoder(DecoderLimits limits) {
        this.limits = limits;
    }

    public DocumentDecoder() {
        this(DecoderLimits.DEFAULTS);
    }

    public DecoderLimits limits() {
        return limits;
    }

    /**
     * Decodes a small built-in document of each format, so every parser's classes are loaded and initialised now, in
     * the function's init phase (which SnapStart snapshots and Lambda runs at full CPU), rather than during the first
     * upload of that format.
     *
     * @return this decoder, primed
     */
    public DocumentDecoder primed() {
        for (String name : PRIMERS) {
            try (InputStream in = DocumentDecoder.class.getResourceAsStream("prime/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks the built-in sample " + name);
                }
                decode(in, name, DocumentHints.NONE);
            } catch (IOException | DocumentRejectedException e) {
                throw new IllegalStateException("the built-in sample " + name + " does not decode", e);
            }
        }
        return this;
    }

    /**
     * Refuses a size before any byte is fetched (the S3 event carries the object size).
     */
    public void checkSize(long bytes) throws DocumentRejectedException {
        if (bytes == 0) {
            throw new DocumentRejectedException(RejectionCode.EMPTY, "the file is empty");
        }
        if (bytes > limits.maxBytes()) {
            throw new DocumentRejectedException(RejectionCode.TOO_LARGE,
                    "the file is " + megabytes(bytes) + "; the limit is " + megabytes(limits.maxBytes()));
        }
    }

    /**
     * Reads at most one byte past the limit, so an oversized stream is refused without being read to its end.
     *
     * @throws IOException when the stream itself fails: that is worth a retry, a rejection is not
     */
    public DecodedDocument decode(InputStream in, String fileName, DocumentHints hints)
            throws DocumentRejectedException, IOException {
        byte[] bytes = in.readNBytes((int) limits.maxBytes() + 1);
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentRejectedException(RejectionCode.TOO_LARGE,
                    "the file is larger than the limit of " + megabytes(limits.maxBytes()));
        }
        return decode(bytes, fileName, hints);
    }

    public DecodedDocument decode(byte[] bytes, String fileName, DocumentHints hints) throws DocumentRejectedException {
        checkSize(bytes == null ? 0 : bytes.length);
        DecodedDocument found = decodeContent(bytes, TextFormats.extension(fileName));
        if (found.text().isBlank()) {
            throw new DocumentRejectedException(RejectionCode.NO_TEXT, "the document contains no text");
        }
        if (found.text().length() > limits.maxTextChars()) {
            throw new DocumentRejectedException(RejectionCode.TOO_LARGE,
                    "the document's text is longer than " + limits.maxTextChars() + " characters");
        }
        DocumentHints stated = hints == null ? DocumentHints.NONE : hints;
        return new DecodedDocument(found.text(),
                stated.title() != null ? stated.title() : found.title(),
                stated.published() != null ? stated.published() : found.published(),
                found.format());
    }

    private DecodedDocument decodeContent(byte[] bytes, String extension) throws DocumentRejectedException {
        DocumentFormat format = Signatures.binaryFormat(bytes);
        try {
            if (format == DocumentFormat.PDF) {
                return PdfText.decode(bytes, limits);
            }
            if (format == DocumentFormat.DOCX) {
                return DocxText.decode(bytes, limits.maxUncompressedBytes());
            }
            DecodedText decoded = TextFormats.mayBeHtml(extension, bytes)
                    ? CharsetDetector.decode(bytes, HtmlArticle.declaredCharset(bytes))
                    : CharsetDetector.decode(bytes);
            format = TextFormats.of(decoded.text(), extension);
            return decodeText(decoded.text(), format, extension);
        } catch (RuntimeException | StackOverflowError e) {
            // parsers of hostile input fail in ways they do not declare; the upload is unreadable, not the service broken
            String kind = format == null ? "text" : format.name().toLowerCase(Locale.ROOT);
            throw new DocumentRejectedException(RejectionCode.UNREADABLE,
                    "the file could not be read as " + kind + ": " + e, e);
        }
    }

    private static DecodedDocument decodeText(String text, DocumentFormat format, String extension)
            throws DocumentRejectedException {
        return switch (format) {
            case HTML -> HtmlArticle.decode(text);
            case MARKDOWN -> MarkdownText.decode(text);
            case JSON -> {
                try {
                    yield JsonArticle.decode(text);
                } catch (DocumentRejectedException e) {
                    // only a file that says it is JSON must be valid JSON; a text that merely opens with { is text
                    if (extension.equals("json")) {
                        throw e;
                    }
                    yield plain(text);
                }
            }
            default -> plain(text);
        };
    }

    private static DecodedDocument plain(String text) {
        return new DecodedDocument(Tidy.text(text), null, null, DocumentFormat.TEXT);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
