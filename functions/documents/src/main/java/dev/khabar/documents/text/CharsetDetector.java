package dev.khabar.documents.text;

import dev.khabar.documents.DocumentRejectedException;
import dev.khabar.documents.RejectionCode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the charset of a text file: a byte order mark, UTF-16 without one, strict UTF-8, and otherwise a single-byte
 * code page — windows-1256 when the bytes look like Arabic words, windows-1252 when they look like accented Latin.
 * <p>
 * The windows-1256 test uses how Arabic is written: every Arabic letter is a byte of 0x80 or more, and letters come in
 * words, so high bytes sit next to each other. Accented Latin text has isolated high bytes inside ASCII words, and many
 * of them (é, è, à, ç, ô…) are also Latin letters in windows-1256. A full statistical detector (ICU4J, about 13 MB)
 * would cost more cold start than these two cases are worth.
 */
public final class CharsetDetector {
    private static final int SAMPLE = 64 * 1024;

    private CharsetDetector() {
    }

    /** Decodes the bytes, refusing content that is binary rather than text. */
    public static DecodedText decode(byte[] bytes) throws DocumentRejectedException {
        DecodedText decoded = detect(bytes);
        if (looksBinary(decoded.text())) {
            throw new DocumentRejectedException(RejectionCode.UNREADABLE,
                    "the file is binary data, not text or a supported document format");
        }
        return decoded;
    }

    /** Decodes with a charset the document declares (an HTML meta tag) when the bytes are not valid UTF-8. */
    public static DecodedText decode(byte[] bytes, Charset declared) throws DocumentRejectedException {
        if (declared == null || hasBom(bytes) || strictUtf8(bytes, 0) != null) {
            return decode(bytes);
        }
        DecodedText decoded = new DecodedText(new String(bytes, declared), declared);
        if (looksBinary(decoded.text())) {
            throw new DocumentRejectedException(RejectionCode.UNREADABLE,
                    "the file is binary data, not text or a supported document format");
        }
        return decoded;
    }

    static DecodedText detect(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            String utf8 = strictUtf8(b, 3);
            return utf8 != null ? new DecodedText(utf8, StandardCharsets.UTF_8) : singleByte(b);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return new DecodedText(new String(b, utf16), utf16);
        }
        String utf8 = strictUtf8(b, 0);
        return utf8 != null ? new DecodedText(utf8, StandardCharsets.UTF_8) : singleByte(b);
    }

    private static boolean hasBom(byte[] b) {
        return startsWith(b, 0xEF, 0xBB, 0xBF) || startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF);
    }

    /**
     * UTF-16 text without a BOM has one byte of each pair drawn from very few values: 0x00 for Latin, 0x06 for Arabic.
     */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 8) {
            return null;
        }
        int evenNarrow = 0;
        int oddNarrow = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0 || b[i] == 6) {
                evenNarrow++;
            }
            if (b[i + 1] == 0 || b[i + 1] == 6) {
                oddNarrow++;
            }
        }
        int pairs = n / 2;
        if (oddNarrow >= pairs * 0.9 && evenNarrow <= pairs * 0.2) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNarrow >= pairs * 0.9 && oddNarrow <= pairs * 0.2) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strictUtf8(byte[] b, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static DecodedText singleByte(byte[] b) {
        Charset charset = looksLikeArabic1256(b) ? CodePages.WINDOWS_1256 : CodePages.WINDOWS_1252;
        return new DecodedText(new String(b, charset), charset);
    }

    static boolean looksLikeArabic1256(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int high = 0;
        int arabicLetters = 0;
        int inRuns = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                continue;
            }
            high++;
            if (isArabicLetterIn1256(c)) {
                arabicLetters++;
            }
            boolean prevHigh = i > 0 && (b[i - 1] & 0x80) != 0;
            boolean nextHigh = i + 1 < n && (b[i + 1] & 0x80) != 0;
            if (prevHigh || nextHigh) {
                inRuns++;
            }
        }
        return high > 0 && arabicLetters >= high * 0.6 && inRuns >= high * 0.6;
    }

    /** Arabic letters of windows-1256: 0xC1–0xFE minus the French letters it keeps, plus the Persian/Urdu extras. */
    private static boolean isArabicLetterIn1256(int c) {
        return CodePages.ARABIC_IN_1256[c - 0x80];
    }

    /**
     * Loaded on first use: windows-1256 comes from the JDK's extended charsets, whose provider costs a cold start
     * about 10 ms of CPU, and most uploads are UTF-8, which never needs it.
     */
    private static final class CodePages {
        static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
        static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
        static final boolean[] ARABIC_IN_1256 = arabicIn1256();
    }

    private static boolean[] arabicIn1256() {
        byte[] high = new byte[128];
        for (int i = 0; i < 128; i++) {
            high[i] = (byte) (0x80 + i);
        }
        String decoded = new String(high, CodePages.WINDOWS_1256);
        boolean[] arabic = new boolean[128];
        for (int i = 0; i < 128; i++) {
            arabic[i] = Character.UnicodeBlock.of(decoded.charAt(i)) == Character.UnicodeBlock.ARABIC;
        }
        return arabic;
    }

    /** Text has almost no C0 control characters besides tab, newline, carriage return and form feed. */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SAMPLE);
        if (n == 0) {
            return false;
        }
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || c == '\uFFFD' || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return controls > Math.max(1, n / 100);
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
