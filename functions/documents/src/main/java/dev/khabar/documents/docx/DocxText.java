package dev.khabar.documents.docx;

import dev.khabar.documents.DecodedDocument;
import dev.khabar.documents.DocumentFormat;
import dev.khabar.documents.DocumentRejectedException;
import dev.khabar.documents.RejectionCode;
import dev.khabar.documents.text.Tidy;

import javax.xml.stream.XMLStreamException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * A Word document read straight from its zip with the JDK's StAX parser. Apache POI would bring about 19 MB of jars
 * (poi-ooxml 5.5.1 with its dependencies) and xmlbeans class loading into every cold start for two XML parts.
 */
public final class DocxText {
    static final String BODY = "word/document.xml";
    static final String CORE = "docProps/core.xml";
    private static final Set<String> WANTED = Set.of(BODY, CORE);

    private DocxText() {
    }

    public static DecodedDocument decode(byte[] zip, long maxInflated) throws DocumentRejectedException {
        ZipParts zipParts = ZipParts.read(zip, WANTED, maxInflated);
        byte[] body = zipParts.parts().get(BODY);
        if (body == null) {
            throw new DocumentRejectedException(RejectionCode.UNSUPPORTED_FORMAT, notWord(zip, zipParts));
        }
        try {
            WordBody word = WordBody.read(body);
            byte[] core = zipParts.parts().get(CORE);
            CoreProperties props = core == null ? CoreProperties.NONE : CoreProperties.read(core);
            String title = props.title() != null ? props.title() : word.title();
            return new DecodedDocument(Tidy.text(word.text()), title, props.created(), DocumentFormat.DOCX);
        } catch (XMLStreamException e) {
            throw new DocumentRejectedException(RejectionCode.UNREADABLE,
                    "the Word document's XML is damaged: " + e.getMessage().replace('\n', ' '), e);
        }
    }

    /** Names what the zip is instead, so the uploader knows what went wrong. */
    private static String notWord(byte[] zip, ZipParts zipParts) {
        Set<String> names = zipParts.seenNames();
        if (names.contains("xl/workbook.xml")) {
            return "the file is an Excel workbook; upload the article as .docx, .pdf, .html or .txt";
        }
        if (names.contains("ppt/presentation.xml")) {
            return "the file is a PowerPoint presentation; upload the article as .docx, .pdf, .html or .txt";
        }
        if (names.contains("mimetype")) {
            String head = new String(zip, 0, Math.min(zip.length, 120), StandardCharsets.ISO_8859_1);
            if (head.contains("opendocument")) {
                return "the file is an OpenDocument file; save it as .docx";
            }
            if (head.contains("epub")) {
                return "the file is an EPUB book, which is not supported";
            }
        }
        return "the file is a zip archive, not a Word document (.docx)";
    }
}
