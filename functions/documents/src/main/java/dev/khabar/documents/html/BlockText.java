package dev.khabar.documents.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * Text of an element that keeps its block structure: paragraphs and headings end with a blank line, list items,
 * table rows and line breaks with a newline. Sentence splitting downstream depends on those boundaries.
 */
final class BlockText implements NodeVisitor {
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "table", "ul", "ol", "dl",
            "section", "article", "header", "main", "address", "hr");
    private static final Set<String> LINES = Set.of("br", "li", "tr", "div", "dt", "dd", "figcaption", "caption");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder out = new StringBuilder();
    private int preDepth;

    private BlockText() {
    }

    static String of(Element root) {
        BlockText visitor = new BlockText();
        NodeTraversor.traverse(visitor, root);
        return visitor.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            out.append(preDepth > 0 ? text.getWholeText() : text.text());
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("pre")) {
                preDepth++;
            }
            boundary(tag);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("pre")) {
                preDepth--;
            }
            if (!tag.equals("br")) {
                boundary(tag);
            }
        }
    }

    private void boundary(String tag) {
        if (PARAGRAPHS.contains(tag)) {
            out.append("\n\n");
        } else if (LINES.contains(tag)) {
            out.append('\n');
        } else if (CELLS.contains(tag)) {
            out.append('\t');
        }
    }
}
