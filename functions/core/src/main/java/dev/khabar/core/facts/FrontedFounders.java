package dev.khabar.core.facts;

import dev.khabar.core.text.Sentence;

/**
 * "Founded in 2014 by Audrey Cheng, Moringa School trains …", "Started in 2017 by A and B, the company now …": a
 * participle opening the sentence tells who founded what the main clause after its comma is about.
 */
final class FrontedFounders {
    private FrontedFounders() {
    }

    /** The founded organization named (or pointed at by "the company") right after the participle clause, or null. */
    static String mainSubject(Doc doc, Sentence s, Trigger tr, int byAt, ArgumentSpec spec, String founder) {
        if (tr.arabic()) {
            return null;
        }
        for (int k = Grammar.afterDateline(doc, s); k < tr.startToken(); k++) {
            if (doc.token(k).isWord() || doc.mentionAt[k] >= 0) {
                return null; // not opening the sentence (past a list's dash at most)
            }
        }
        int comma = byAt + 1;
        while (comma < s.endToken() && !Grammar.isComma(doc.token(comma))) {
            comma++;
        }
        int k = comma + 1;
        if (k >= s.endToken()) {
            return null;
        }
        if (doc.mentionAt[k] >= 0) {
            int m = doc.mentionAt[k];
            return spec.object().contains(doc.type(m)) && !doc.id(m).equals(founder) ? doc.id(m) : null;
        }
        return Anaphora.length(doc, k, s) > 0 ? Anaphora.resolve(doc, k, founder) : null;
    }
}
