package dev.khabar.documents.text;

import dev.khabar.documents.DecodedDocument;
import dev.khabar.documents.DocumentFormat;
import dev.khabar.documents.dates.PublishedDates;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to plain text: the words stay, the markup goes. Title and date come from YAML front matter
 * ({@code title:}, {@code date:} or {@code published:}), else the title is the first top-level heading.
 */
public final class MarkdownText {
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*$");
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern BLOCKQUOTE = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]]\\s+)?");
    private static final Pattern TABLE_DIVIDER = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^([A-Za-z_]+)\\s*:\\s*(.*)$");

    /**
     * Inline markup, applied in order: each pair is a pattern and its replacement. Every span is bounded in length, so
     * a hostile line of a million unclosed openers costs linear time, not quadratic.
     */
    private static final List<Replacement> INLINE = List.of(
            new Replacement("!\\[([^\\]]{0,400})]\\([^)]{0,2000}\\)", ""),
            new Replacement("\\[([^\\]]{1,400})]\\([^)]{0,2000}\\)", "$1"),
            new Replacement("\\[([^\\]]{1,400})]\\[[^\\]]{0,400}]", "$1"),
            new Replacement("<(https?://[^>\\s]{1,2000})>", "$1"),
            new Replacement("</?[A-Za-z][^>]{0,1000}>", ""),
            new Replacement("`{1,3}([^`]{1,400}?)`{1,3}", "$1"),
            new Replacement("(\\*\\*|__)(?=\\S)(.{1,400}?)(?<=\\S)\\1", "$2"),
            new Replacement("(?<![\\w*])\\*(?=\\S)(.{1,400}?)(?<=\\S)\\*(?![\\w*])", "$1"),
            new Replacement("(?<![\\w_])_(?=\\S)(.{1,400}?)(?<=\\S)_(?![\\w_])", "$1"),
            new Replacement("~~(.{1,400}?)~~", "$1"),
            new Replacement("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])", "$1"));

    private MarkdownText() {
    }

    public static DecodedDocument decode(String markdown) {
        String[] lines = markdown.split("\\R", -1);
        String title = null;
        LocalDate published = null;
        int start = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                    start = i + 1;
                    break;
                }
                Matcher field = FRONT_MATTER_FIELD.matcher(lines[i]);
                if (field.matches()) {
                    String value = unquote(field.group(2));
                    switch (field.group(1).toLowerCase()) {
                        case "title" -> title = value.isEmpty() ? null : value;
                        case "date", "published" -> published = PublishedDates.parse(value);
                        default -> { }
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder(markdown.length());
        boolean inFence = false;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                out.append('\n');
                continue;
            }
            if (inFence) {
                out.append(line).append('\n');
                continue;
            }
            boolean nextIsUnderline = i + 1 < lines.length && !line.isBlank()
                    && SETEXT_UNDERLINE.matcher(lines[i + 1]).matches() && !RULE.matcher(line).matches();
            if (nextIsUnderline) {
                String heading = inline(line.strip());
                if (title == null && lines[i + 1].strip().startsWith("=")) {
                    title = heading;
                }
                out.append('\n').append(heading).append("\n\n");
                i++;
                continue;
            }
            Matcher heading = ATX_HEADING.matcher(line);
            if (heading.matches()) {
                String text = inline(heading.group(2));
                if (title == null && heading.group(1).length() == 1) {
                    title = text;
                }
                out.append('\n').append(text).append("\n\n");
                continue;
            }
            if (TABLE_DIVIDER.matcher(line).matches()) {
                continue;
            }
            if (RULE.matcher(line).matches() || LINK_DEFINITION.matcher(line).matches()) {
                out.append('\n');
                continue;
            }
            String text = BLOCKQUOTE.matcher(line).replaceFirst("");
            text = LIST_MARKER.matcher(text).replaceFirst("");
            if (text.strip().startsWith("|")) {
                text = text.strip().replaceAll("^\\||\\|$", "").replaceAll("\\s*(?<!\\\\)\\|\\s*", "\t");
            }
            out.append(inline(text)).append('\n');
        }
        return new DecodedDocument(Tidy.text(out.toString()), title, published, DocumentFormat.MARKDOWN);
    }

    private static String inline(String text) {
        String s = text;
        for (Replacement r : INLINE) {
            s = r.pattern.matcher(s).replaceAll(r.replacement);
        }
        return s;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).strip();
        }
        return v;
    }

    private record Replacement(Pattern pattern, String replacement) {
        Replacement(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }
}
