package dev.khabar.core.facts;

import dev.khabar.core.text.Sentence;

/**
 * "Founded in 2014 by Audrey Cheng, Moringa School trains …", "Started in 2017 by A and B, the company now …": a
 * participle opening the sentence tells who founded what the main clause after its comma is about.
 */
final class FrontedFounders {
    private FrontedFounders() {
    }

    /** How far past "by" the participle clause may reach: a list of three founders, or one with an apposed title. */
    private static final int CLAUSE_REACH = 20;

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
        // "by A, B and C, Acme …", "by A, a former banker, Acme …": the clause's subject follows the comma that ends the
        // founders' list or apposition, so each comma in reach is tried
        for (int comma = byAt + 1; comma + 1 < Math.min(s.endToken(), byAt + CLAUSE_REACH); comma++) {
            if (!Grammar.isComma(doc.token(comma))) {
                continue;
            }
            int k = comma + 1;
            int m = doc.mentionAt[k];
            if (m >= 0 && listGoesOn(doc, s, doc.mention(m).endToken())) {
                continue; // "by Ann Lee, Acme Labs and Bo Chen, …": a founder of the list, not the clause's subject
            }
            if (m >= 0 && spec.object().contains(doc.type(m))) {
                return doc.id(m).equals(founder) ? null : doc.id(m);
            }
            if (m < 0 && Anaphora.length(doc, k, s) > 0) {
                return Anaphora.resolve(doc, k, founder);
            }
        }
        return null;
    }

    /** Whether a list goes on at {@code k}: "and" or a comma before another name. */
    private static boolean listGoesOn(Doc doc, Sentence s, int k) {
        return k < s.endToken() && (doc.token(k).is("and") || doc.token(k).is("&")
                || Grammar.isComma(doc.token(k)) && k + 1 < s.endToken() && doc.mentionAt[k + 1] >= 0);
    }
}
