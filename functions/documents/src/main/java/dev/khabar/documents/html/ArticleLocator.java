package dev.khabar.documents.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article body of a saved news page: the element the page marks as the article if it holds most of the
 * page's prose, else the element whose paragraphs carry the most prose (a small readability-style density score).
 * Menus, footers, share bars and related-link lists are cut away first.
 */
final class ArticleLocator {
    private static final Evaluator NEVER_CONTENT = QueryParser.parse(
            "script, style, noscript, template, svg, iframe, object, embed, canvas, form, button, select, textarea, input");
    private static final Evaluator STRUCTURAL_BOILERPLATE = QueryParser.parse("nav, aside, footer, [role=navigation], "
            + "[role=complementary], [role=contentinfo], [role=banner], [aria-hidden=true], [hidden], dialog");
    private static final Evaluator HEADER = QueryParser.parse("header");
    private static final Evaluator NAMED = QueryParser.parse("[class], [id]");
    private static final Evaluator PARAGRAPHS = QueryParser.parse("p, pre, blockquote, td, div");
    private static final Evaluator BLOCKS = QueryParser.parse("ul, ol, dl, table, div, section, p");
    private static final String[] MARKED = {"[itemprop=articleBody]", "article", "main, [role=main]"};
    /** Children that make a div a container rather than a paragraph of its own. */
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "table", "ul", "ol");
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
        body.select(HEADER).forEach(h -> {
            if (h.closest("article, main, [itemprop=articleBody]") == null) {
                h.remove();
            }
        });
        removeNamedBoilerplate(body, ProseMeter.of(body));

        ProseMeter meter = ProseMeter.of(body);
        int pageProse = meter.prose(body);
        Element marked = markedArticle(body, meter, pageProse);
        Element article = marked != null ? marked : densest(body, meter, pageProse);
        removeLinkLists(article, meter);
        return article;
    }

    private static Element markedArticle(Element body, ProseMeter meter, int pageProse) {
        for (String selector : MARKED) {
            Element best = body.select(selector).stream().max(Comparator.comparingInt(meter::prose)).orElse(null);
            if (best != null && meter.prose(best) > 0 && meter.prose(best) >= pageProse * MARKED_SHARE) {
                return best;
            }
        }
        return null;
    }

    /**
     * Scores each paragraph's parent (and half to its grandparent) by length and commas; the top scorer wins unless it
     * holds too little of the page's prose to be the article, when the whole body is safer.
     */
    private static Element densest(Element body, ProseMeter meter, int pageProse) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select(PARAGRAPHS)) {
            if (meter.text(p) < MIN_PARAGRAPH || meter.linkDensity(p) > LINK_LIST_DENSITY || isContainer(p)) {
                continue;
            }
            String text = p.text();
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
        return meter.prose(best) >= pageProse * DENSEST_SHARE ? best : body;
    }

    private static boolean isContainer(Element e) {
        if (!e.normalName().equals("div")) {
            return false;
        }
        for (Element child : e.children()) {
            if (BLOCK_CHILDREN.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Only removes a named block when it is not where most of the page's prose lives (body classes lie too). */
    private static void removeNamedBoilerplate(Element body, ProseMeter meter) {
        int pageProse = meter.prose(body);
        for (Element e : body.select(NAMED)) {
            if (BOILERPLATE_NAME.matcher(e.className() + " " + e.id()).find() && meter.prose(e) < pageProse / 2) {
                e.remove();
            }
        }
    }

    private static void removeLinkLists(Element article, ProseMeter meter) {
        for (Element e : article.select(BLOCKS)) {
            if (e != article && meter.text(e) > 0 && meter.linkDensity(e) > LINK_LIST_DENSITY) {
                e.remove();
            }
        }
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
