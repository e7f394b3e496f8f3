package dev.khabar.documents.sniff;

import dev.khabar.documents.DocumentFormat;
import dev.khabar.documents.DocumentRejectedException;
import dev.khabar.documents.RejectionCode;

import java.nio.charset.StandardCharsets;

/**
 * Binary formats told by their first bytes, whatever the file is called. Known formats we cannot read are refused
 * here by name, so the uploader learns what the file really is.
 */
public final class Signatures {
    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static final int PDF_HEADER_WINDOW = 1024;
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);

    private Signatures() {
    }

    /** PDF or DOCX (any zip: the DOCX reader names other zips), or null when the content is not a binary format. */
    public static DocumentFormat binaryFormat(byte[] b) throws DocumentRejectedException {
        if (indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), PDF_HEADER_WINDOW) >= 0) {
            return DocumentFormat.PDF;
        }
        if (startsWith(b, 0, 'P', 'K', 3, 4)) {
            return DocumentFormat.DOCX;
        }
        if (startsWith(b, 0, 'P', 'K', 5, 6)) {
            throw unsupported("the file is an empty zip archive");
        }
        String image = imageKind(b);
        if (image != null) {
            throw unsupported("the file is an image (" + image + "); text recognition (OCR) is not supported");
        }
        if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            if (indexOf(b, ENCRYPTED_PACKAGE, b.length) >= 0) {
                throw new DocumentRejectedException(RejectionCode.ENCRYPTED,
                        "the Office document is password-protected; upload a copy without a password");
            }
            throw unsupported("the file is a legacy Office document (.doc, .xls or .ppt); save it as .docx");
        }
        if (startsWith(b, 0, '{', '\\', 'r', 't', 'f')) {
            throw unsupported("the file is RTF; save it as .docx or .txt");
        }
        if (startsWith(b, 0, 0x1F, 0x8B) || startsWith(b, 0, 'R', 'a', 'r', '!') || startsWith(b, 0, '7', 'z', 0xBC, 0xAF)) {
            throw unsupported("the file is a compressed archive; upload the document itself");
        }
        return null;
    }

    private static String imageKind(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G')) {
            return "PNG";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "JPEG";
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
            return "GIF";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "WebP";
        }
        if (startsWith(b, 0, 'I', 'I', '*', 0) || startsWith(b, 0, 'M', 'M', 0, '*')) {
            return "TIFF";
        }
        if (startsWith(b, 4, 'f', 't', 'y', 'p', 'h', 'e', 'i') || startsWith(b, 4, 'f', 't', 'y', 'p', 'a', 'v', 'i', 'f')) {
            return "HEIC/AVIF";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int offset, int... prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[offset + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int window) {
        int end = Math.min(b.length, window) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static DocumentRejectedException unsupported(String reason) {
        return new DocumentRejectedException(RejectionCode.UNSUPPORTED_FORMAT, reason);
    }
}
