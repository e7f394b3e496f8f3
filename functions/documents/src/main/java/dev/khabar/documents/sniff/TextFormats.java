package dev.khabar.documents.sniff;

import dev.khabar.documents.DocumentFormat;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which text format a text file is in. The extension decides among text formats, since Markdown and plain text cannot
 * be told apart by content; the content decides when the extension is missing or names something else. A .txt that
 * is plainly a saved web page (it opens with a doctype or an html tag) is read as HTML.
 */
public final class TextFormats {
    private static final int SNIFF_WINDOW = 4096;
    private static final Pattern CERTAIN_HTML = Pattern.compile("(?is)^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html[\\s>])");
    private static final Pattern LIKELY_HTML = Pattern.compile("(?i)<(html|head|body|article|div|p|meta|title)[\\s>/]");

    private TextFormats() {
    }

    public static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Whether the bytes should be decoded with the charset an HTML page declares. */
    public static boolean mayBeHtml(String extension, byte[] bytes) {
        return isHtmlExtension(extension) || firstNonSpace(bytes) == '<';
    }

    public static DocumentFormat of(String text, String extension) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_WINDOW)).stripLeading().replaceFirst("^\uFEFF", "");
        if (isHtmlExtension(extension)) {
            return DocumentFormat.HTML;
        }
        switch (extension) {
            case "md", "markdown" -> {
                return DocumentFormat.MARKDOWN;
            }
            case "json" -> {
                return DocumentFormat.JSON;
            }
            case "txt", "text" -> {
                return CERTAIN_HTML.matcher(head).find() ? DocumentFormat.HTML : DocumentFormat.TEXT;
            }
            default -> {
                if (head.startsWith("<") && LIKELY_HTML.matcher(head).find()) {
                    return DocumentFormat.HTML;
                }
                return head.startsWith("{") ? DocumentFormat.JSON : DocumentFormat.TEXT;
            }
        }
    }

    private static boolean isHtmlExtension(String extension) {
        return extension.equals("html") || extension.equals("htm") || extension.equals("xhtml");
    }

    private static int firstNonSpace(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB ? 3 : 0;
        for (int i = start; i < Math.min(bytes.length, SNIFF_WINDOW); i++) {
            if (!Character.isWhitespace(bytes[i])) {
                return bytes[i];
            }
        }
        return -1;
    }
}
