package dev.khabar.core.facts;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.TextNormalizer;
import dev.khabar.core.text.Token;
import java.util.Map;

/**
 * "the company", "الشركة", "للبنك", "the startup": a noun phrase standing for an organization named before. It is the
 * latest organization mentioned earlier whose name holds the same noun (بنك القاهرة for البنك), else the latest one.
 */
final class Anaphora {
    /** folded noun → the word to look for in the organization's name, or "" for any organization */
    private static final Map<String, String> ARABIC = Map.of("الشركه", "", "البنك", "بنك", "الجهاز", "جهاز",
            "المجموعه", "مجموعه", "المصرف", "مصرف", "الصندوق", "صندوق", "الهيئه", "هيئه", "المنصه", "");
    private static final Map<String, String> ENGLISH = Map.of("company", "", "firm", "", "startup", "", "giant", "",
            "group", "", "bank", "bank", "lender", "", "business", "", "unit", "");

    private Anaphora() {
    }

    /** Length in tokens of an anaphoric phrase at token i (0 when there is none). */
    static int length(Doc doc, int i, Sentence s) {
        if (i >= s.endToken() || doc.mentionAt[i] >= 0) {
            return 0;
        }
        Token t = doc.token(i);
        for (String r : Clitics.readings(t.norm())) {
            if (ARABIC.containsKey(r)) {
                return 1;
            }
        }
        if (t.is("the")) {
            for (int k = i + 1; k < Math.min(s.endToken(), i + 5); k++) {
                Token w = doc.token(k);
                if (doc.mentionAt[k] >= 0 || !w.isWord()) {
                    return 0;
                }
                if (ENGLISH.containsKey(w.norm())) {
                    return k - i + 1;
                }
            }
        }
        return 0;
    }

    /** The organization an anaphoric phrase at token i refers to, or null. */
    static String resolve(Doc doc, int i) {
        Token t = doc.token(i);
        for (int k = i + 1; k < Math.min(doc.tokens.size(), i + 5); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0) {
                if (doc.type(m) == EntityType.ORGANIZATION) {
                    return doc.id(m); // "الشركة الناشئة المصرية فوري": the name apposed to the noun
                }
                break;
            }
            if (Grammar.isComma(doc.token(k)) || Grammar.isPreposition(doc.token(k))) {
                break;
            }
        }
        String want = null;
        for (String r : Clitics.readings(t.norm())) {
            if (ARABIC.containsKey(r)) {
                want = ARABIC.get(r);
            }
        }
        if (want == null) {
            for (int k = i + 1; k < Math.min(doc.tokens.size(), i + 5); k++) {
                if (ENGLISH.containsKey(doc.token(k).norm())) {
                    want = ENGLISH.get(doc.token(k).norm());
                    break;
                }
            }
        }
        String any = null;
        for (int k = i - 1; k >= 0; k--) {
            int m = doc.mentionAt[k];
            if (m < 0 || doc.type(m) != EntityType.ORGANIZATION) {
                continue;
            }
            if (want == null || want.isEmpty()) {
                return doc.id(m);
            }
            if (any == null) {
                any = doc.id(m);
            }
            int before = doc.mention(m).startToken() - 1;
            while (before >= 0 && Grammar.isQuote(doc.token(before))) {
                before--;
            }
            boolean cued = before >= 0 && Clitics.bare(doc.token(before).norm()).equals(want);
            if (cued || TextNormalizer.normalize(doc.mention(m).surface()).contains(want)) {
                return doc.id(m);
            }
            k = doc.mention(m).startToken();
        }
        return any;
    }
}
