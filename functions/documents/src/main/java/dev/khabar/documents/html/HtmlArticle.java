package dev.khabar.documents.html;

import dev.khabar.documents.DecodedDocument;
import dev.khabar.documents.DocumentFormat;
import dev.khabar.documents.text.Tidy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A saved news page to its article: body text without the page around it, headline, and publication date. */
public final class HtmlArticle {
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");
    private static final int CHARSET_SCAN = 4096;

    private HtmlArticle() {
    }

    public static DecodedDocument decode(String html) {
        // the HTML parser never throws: malformed markup still yields its text
        Document doc = Jsoup.parse(html, "", Parser.htmlParser());
        String title = HtmlMetadata.title(doc);
        LocalDate published = HtmlMetadata.published(doc);
        String text = Tidy.text(BlockText.of(ArticleLocator.locate(doc)));
        return new DecodedDocument(text, title, published, DocumentFormat.HTML);
    }

    /** The charset a page declares in its first bytes ({@code <meta charset>} or http-equiv), or null. */
    public static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, CHARSET_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        try {
            return Charset.forName(m.group(1));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
