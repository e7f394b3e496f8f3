package dev.khabar.documents.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the article body of a saved news page: the element the page marks as the article if it holds most of the
 * page's prose, else the element whose paragraphs carry the most prose (a small readability-style density score).
 * Menus, footers, share bars and related-link lists are cut away first.
 */
final class ArticleLocator {
    private static final String NEVER_CONTENT =
            "script, style, noscript, template, svg, iframe, object, embed, canvas, form, button, select, textarea, input";
    private static final String STRUCTURAL_BOILERPLATE = "nav, aside, footer, [role=navigation], [role=complementary], "
            + "[role=contentinfo], [role=banner], [aria-hidden=true], [hidden], dialog";
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?i)(^|[-_ ])(nav|navbar|menu|breadcrumbs?|sidebar|related|recommended|more-stories|read-more|share|sharing|"
                    + "social|comments?|newsletter|subscribe|subscription|promo|advert|ads?|sponsored|cookie|consent|popup|"
                    + "modal|footer|masthead|tags|trending|most-read|popular|outbrain|taboola)($|[-_ ])");
    /** A block whose text is mostly link text is a list of links, not prose. */
    private static final double LINK_LIST_DENSITY = 0.5;
    /** The marked article must hold at least this share of the page's prose to be trusted. */
    private static final double MARKED_SHARE = 0.3;
    /** The densest block must hold at least this share of the page's prose to be taken alone. */
    private static final double DENSEST_SHARE = 0.4;
    private static final int MIN_PARAGRAPH = 25;

    private ArticleLocator() {
    }

    static Element locate(Document doc) {
        Element body = doc.body();
        body.select(NEVER_CONTENT).remove();
        body.select(STRUCTURAL_BOILERPLATE).remove();
        body.select("header").forEach(h -> {
            if (h.closest("article, main, [itemprop=articleBody]") == null) {
                h.remove();
            }
        });
        removeNamedBoilerplate(body);

        int pageProse = prose(body);
        Element marked = markedArticle(body, pageProse);
        Element article = marked != null ? marked : densest(body, pageProse);
        removeLinkLists(article);
        return article;
    }

    private static Element markedArticle(Element body, int pageProse) {
        for (String selector : new String[] {"[itemprop=articleBody]", "article", "main, [role=main]"}) {
            Element best = body.select(selector).stream().max(Comparator.comparingInt(ArticleLocator::prose)).orElse(null);
            if (best != null && prose(best) >= pageProse * MARKED_SHARE && prose(best) > 0) {
                return best;
            }
        }
        return null;
    }

    /**
     * Scores each paragraph's parent (and half to its grandparent) by length and commas; the top scorer wins unless it
     * holds too little of the page's prose to be the article, when the whole body is safer.
     */
    private static Element densest(Element body, int pageProse) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, blockquote, td, div:not(:has(p, div))")) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH || linkDensity(p) > LINK_LIST_DENSITY) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, score / 2, Double::sum);
                }
            }
        }
        Element best = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
        return prose(best) >= pageProse * DENSEST_SHARE ? best : body;
    }

    /** Only removes a named block when it is not where most of the page's prose lives (body classes lie too). */
    private static void removeNamedBoilerplate(Element body) {
        int pageProse = prose(body);
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() == null) {
                continue; // already removed with an ancestor
            }
            if (BOILERPLATE_NAME.matcher(e.className() + " " + e.id()).find() && prose(e) < pageProse / 2) {
                e.remove();
            }
        }
    }

    private static void removeLinkLists(Element article) {
        for (Element e : article.select("ul, ol, dl, table, div, section, p")) {
            if (e != article && e.parent() != null && !e.text().isBlank() && linkDensity(e) > LINK_LIST_DENSITY) {
                e.remove();
            }
        }
    }

    /** Characters of text outside links: what a reader reads rather than clicks. */
    private static int prose(Element e) {
        return e.text().length() - linkText(e);
    }

    private static double linkDensity(Element e) {
        int length = e.text().length();
        return length == 0 ? 0 : (double) linkText(e) / length;
    }

    private static int linkText(Element e) {
        int n = 0;
        for (Element a : e.select("a")) {
            n += a.text().length();
        }
        return n;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
