package dev.khabar.documents.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Text and link-text lengths of every element under a root, measured in one pass: asking each element for its text
 * would cost time proportional to its subtree, quadratic on deeply nested pages.
 */
final class ProseMeter implements NodeVisitor {
    private final Map<Element, int[]> lengths = new IdentityHashMap<>();

    private ProseMeter() {
    }

    static ProseMeter of(Element root) {
        ProseMeter meter = new ProseMeter();
        NodeTraversor.traverse(meter, root);
        return meter;
    }

    /** Characters of text, links included. */
    int text(Element e) {
        return lengths(e)[0];
    }

    /** Characters of text outside links: what a reader reads rather than clicks. */
    int prose(Element e) {
        int[] l = lengths(e);
        return l[0] - l[1];
    }

    double linkDensity(Element e) {
        int[] l = lengths(e);
        return l[0] == 0 ? 0 : (double) l[1] / l[0];
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text && node.parent() instanceof Element parent) {
            lengths(parent)[0] += text.text().strip().length();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && e.parent() != null) {
            int[] mine = lengths(e);
            if (e.normalName().equals("a")) {
                mine[1] = mine[0];
            }
            int[] parent = lengths(e.parent());
            parent[0] += mine[0];
            parent[1] += mine[1];
        }
    }

    private int[] lengths(Element e) {
        return lengths.computeIfAbsent(e, k -> new int[2]);
    }
}
