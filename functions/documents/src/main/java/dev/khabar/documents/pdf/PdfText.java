package dev.khabar.documents.pdf;

import dev.khabar.documents.DecodedDocument;
import dev.khabar.documents.DecoderLimits;
import dev.khabar.documents.DocumentFormat;
import dev.khabar.documents.DocumentRejectedException;
import dev.khabar.documents.RejectionCode;
import dev.khabar.documents.text.Tidy;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.FontMappers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Calendar;

/**
 * PDF text layer, title and creation date (info dictionary). A PDF that needs a password to open is refused;
 * one with only an owner password (restrictions on printing or editing) opens with the empty password and is read.
 */
public final class PdfText {
    static {
        FontMappers.set(new TextOnlyFontMapper());
    }

    private PdfText() {
    }

    public static DecodedDocument decode(byte[] bytes, DecoderLimits limits) throws DocumentRejectedException {
        try (PDDocument doc = Loader.loadPDF(bytes, "")) {
            int pages = doc.getNumberOfPages();
            String text = Tidy.text(pageText(doc, Math.min(pages, limits.maxPdfPages()), limits));
            if (text.isEmpty()) {
                throw new DocumentRejectedException(RejectionCode.NO_TEXT, pages == 0
                        ? "the PDF has no pages"
                        : "the PDF has no text layer (a scan or images only); text recognition (OCR) is not supported");
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            String title = info.getTitle() == null || info.getTitle().isBlank() ? null : info.getTitle().strip();
            return new DecodedDocument(text, title, date(info.getCreationDate()), DocumentFormat.PDF);
        } catch (InvalidPasswordException e) {
            throw new DocumentRejectedException(RejectionCode.ENCRYPTED,
                    "the PDF is password-protected; upload a copy without a password", e);
        } catch (IOException e) {
            throw new DocumentRejectedException(RejectionCode.UNREADABLE,
                    "the PDF is damaged and cannot be read: " + e.getMessage(), e);
        }
    }

    /** Page by page, so an enormous text layer is refused before it is all in memory. */
    private static String pageText(PDDocument doc, int pages, DecoderLimits limits)
            throws IOException, DocumentRejectedException {
        TimedTextStripper stripper = new TimedTextStripper(System.nanoTime() + limits.maxPdfTime().toNanos());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pages; page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            try {
                text.append(stripper.getText(doc)).append('\n');
            } catch (TimedTextStripper.DeadlinePassed e) {
                throw new DocumentRejectedException(RejectionCode.TOO_LARGE, "reading the PDF's text took longer than "
                        + limits.maxPdfTime().toMillis() + " ms (stopped on page " + page + " of " + doc.getNumberOfPages()
                        + "); split it into smaller files or upload its text", e);
            }
            if (text.length() > limits.maxTextChars()) {
                throw new DocumentRejectedException(RejectionCode.TOO_LARGE,
                        "the PDF holds more than " + limits.maxTextChars() + " characters of text");
            }
        }
        return text.toString();
    }

    /** The calendar date in the PDF's own time zone, as its author's clock showed it. */
    private static LocalDate date(Calendar created) {
        if (created == null) {
            return null;
        }
        return LocalDate.of(created.get(Calendar.YEAR), created.get(Calendar.MONTH) + 1, created.get(Calendar.DAY_OF_MONTH));
    }
}
