package dev.khabar.documents.html;

import dev.khabar.documents.dates.PublishedDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Headline and publication date of a saved news page, from the tags publishers and CMSs write. */
final class HtmlMetadata {
    /** Most specific first: Open Graph article tags, schema.org, then the generic and Dublin Core names. */
    private static final List<String> DATE_SELECTORS = List.of(
            "meta[property=article:published_time]",
            "meta[name=article:published_time]",
            "meta[itemprop=datePublished]",
            "[itemprop=datePublished][datetime]",
            "meta[property=og:published_time]",
            "meta[name~=(?i)^(pubdate|publishdate|publish[-_]date|publication[-_]date|date|dc\\.date\\.issued|dc\\.date|dcterms\\.issued|dcterms\\.created|sailthru\\.date|parsely-pub-date)$]",
            "time[pubdate][datetime]",
            "article time[datetime]",
            "time[datetime]");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final String SEPARATOR = "\\s+[|\\-–—:·»]\\s+";

    private HtmlMetadata() {
    }

    static String title(Document doc) {
        String og = attribute(doc, "meta[property=og:title], meta[name=og:title]", "content");
        if (og != null) {
            return og;
        }
        String h1 = doc.selectFirst("h1") == null ? null : blankToNull(doc.selectFirst("h1").text());
        String title = blankToNull(doc.title());
        if (title == null) {
            return h1;
        }
        // <title> usually carries the site name too ("Headline | Site"): the h1 is the bare headline when it matches
        if (h1 != null && title.contains(h1)) {
            return h1;
        }
        String site = attribute(doc, "meta[property=og:site_name]", "content");
        if (site != null) {
            String quoted = Pattern.quote(site);
            Matcher m = Pattern.compile("^(?:" + quoted + SEPARATOR + ")?(.+?)(?:" + SEPARATOR + quoted + ")?$",
                    Pattern.CASE_INSENSITIVE).matcher(title);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return title;
    }

    /** Reads the date before scripts are stripped, since JSON-LD lives in a script element. */
    static LocalDate published(Document doc) {
        for (String selector : DATE_SELECTORS) {
            for (Element e : doc.select(selector)) {
                String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
                LocalDate date = PublishedDates.parse(value);
                if (date != null) {
                    return date;
                }
            }
            if (selector.startsWith("time[pubdate]")) {
                LocalDate fromJsonLd = jsonLdDate(doc);
                if (fromJsonLd != null) {
                    return fromJsonLd;
                }
            }
        }
        return null;
    }

    private static LocalDate jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            while (m.find()) {
                LocalDate date = PublishedDates.parse(m.group(1));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    private static String attribute(Document doc, String selector, String attribute) {
        Element e = doc.selectFirst(selector);
        return e == null ? null : blankToNull(e.attr(attribute));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
