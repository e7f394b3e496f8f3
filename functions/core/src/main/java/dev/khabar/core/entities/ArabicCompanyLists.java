package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.numbers.NumberReader;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «سرحت كل من شركة زيفر وكوانتيكس وبلومارا», «مع شركات نوفاتك وبريستون ولومينا»: after a company's cue, names joined by
 * و are a list of companies, each a company of its own, though no cue stands before the second and later ones. A list
 * after a plural or dual cue («شركات», «شركتي») or after «كل من» is one whatever follows its last item; after a single
 * cue every item must be closed by a comma, the next item or the sentence's end, so «شركة زيفر وقامت بـ…» adds nothing.
 */
final class ArabicCompanyLists {
    /** Plural and dual nouns of companies, after which every name listed is one («شركات X وY», «شركتي X وY», «صندوقي X وY»). */
    private static final Set<String> PLURAL_CUES = ArabicWords.folded("شركات", "شركتي", "شركتا", "بنوك", "مصارف", "صناديق",
            "صندوقي", "صندوقا", "بنكي", "بنكا", "مجموعتي", "مجموعتا");
    /** «شركات مثل», «شركات أخرى منها», «شركات هي»: words between a plural cue and the names it lists; one name will do. */
    private static final Set<String> SUCH_AS = ArabicWords.folded("مثل", "منها", "هي", "وهي", "بينها", "ابرزها");
    private static final int MAX_ITEM_WORDS = 2;

    private ArabicCompanyLists() {
    }

    static void find(List<Token> tokens, Sentence s, MentionSink sink) {
        int end = s.endToken();
        for (int i = s.firstToken(); i + 1 < end; i++) {
            Token t = tokens.get(i);
            if (t.script() != Script.ARABIC) {
                continue;
            }
            boolean plural = PLURAL_CUES.contains(Clitics.bare(t.norm()));
            String cue = plural ? null : Cues.arabicCue(t.norm());
            if (!plural && (cue == null || Cues.ARABIC.get(cue) != EntityType.ORGANIZATION)) {
                continue;
            }
            int suchAs = plural ? suchAs(tokens, i, end) : -1;
            if (suchAs > i) {
                i = suchAs; // «شركات (أخرى) مثل نوفاتك وبريستون»: the list after "such as", "among them"
            }
            Mention first = sink.at(i + 1);
            Mention withCue = sink.at(i);
            int quoted = quotedKnown(tokens, i + 1, end, sink);
            int from;
            if (first != null && first.startToken() == i + 1 && first.type() == EntityType.ORGANIZATION) {
                from = first.endToken(); // «شركة زيفر»: the cue outside the first name
            } else if (quoted > 0) {
                from = quoted; // «شركتي “زيفر” الكورية و”صخرة الجنوب”»: the first name in quotes
            } else if (withCue != null && withCue.startToken() == i && withCue.type() == EntityType.ORGANIZATION) {
                from = withCue.endToken(); // «مجموعة هيلدر»: the cue is the first name's
            } else if (plural && !sink.covered(i + 1)) {
                int itemEnd = itemEnd(tokens, i + 1, end, sink, false);
                if (itemEnd < 0 || suchAs < 0 && !nextItem(tokens, itemEnd, end)
                        || !sink.add(i + 1, itemEnd, 0, EntityType.ORGANIZATION, null, null)) {
                    continue; // «شركات أخرى مثل», «شركات رأس المال»: an adjective or a construct, no list of names
                }
                from = itemEnd;
            } else {
                continue;
            }
            i = items(tokens, from, end, sink, plural || eachOf(tokens, i, s.firstToken())) - 1;
        }
    }

    /** The «مثل» (or «منها», «هي») within two words after a plural cue at {@code i}, or -1. */
    private static int suchAs(List<Token> tokens, int i, int end) {
        for (int k = i + 1; k < end - 1 && k <= i + 3; k++) {
            if (SUCH_AS.contains(tokens.get(k).norm())) {
                return k;
            }
        }
        return -1;
    }

    /** «كل من شركة …»: "each of", which opens a list. */
    private static boolean eachOf(List<Token> tokens, int i, int first) {
        return i - 2 >= first && tokens.get(i - 1).norm().equals("من") && tokens.get(i - 2).norm().equals("كل");
    }

    /** The names joined by و from {@code k} (a known company among them passes as an item); the end of the list. */
    private static int items(List<Token> tokens, int k, int end, MentionSink sink, boolean open) {
        while (k < end) {
            k = afterBracketedPlace(tokens, k, end, sink);
            if (k < end && ArabicWords.nationality(tokens.get(k).norm())) {
                k++; // «“زيفر” الكورية و”صخرة الجنوب”»: the item's nationality names no item
            }
            int at = k < end && comma(tokens.get(k)) && k + 1 < end ? k + 1 : k;
            if (at >= end) {
                return k;
            }
            Token t = tokens.get(at);
            if (t.norm().equals("و") && at + 1 < end && Cues.isQuote(tokens.get(at + 1).surface())) {
                int close = quotedItem(tokens, at + 1, end, sink);
                if (close < 0) {
                    return k;
                }
                k = close + 1; // «و”صخرة الجنوب”»: a quoted name is one item, whatever its words
                continue;
            }
            if (!t.norm().startsWith("و") || t.script() != Script.ARABIC) {
                return k;
            }
            Mention known = sink.at(at);
            if (known != null) {
                if (known.startToken() != at || known.type() != EntityType.ORGANIZATION) {
                    return k;
                }
                k = known.endToken(); // «وأمازون»: a company already known, listed with the others
                continue;
            }
            int itemEnd = itemEnd(tokens, at, end, sink, true);
            if (itemEnd < 0 || !open && !closed(tokens, itemEnd, end)
                    || !sink.add(at, itemEnd, MentionSink.cliticChars(t, t.norm().substring(1)), EntityType.ORGANIZATION, null, null)) {
                return k;
            }
            k = itemEnd;
        }
        return k;
    }

    /** The end of one item of one or two name words at {@code i} (its first word read without و when conjoined), or -1. */
    private static int itemEnd(List<Token> tokens, int i, int end, MentionSink sink, boolean conjoined) {
        String n = tokens.get(i).norm();
        if (!nameWord(tokens.get(i), conjoined ? n.substring(1) : n)) {
            return -1;
        }
        int k = i + 1;
        while (k < end && k < i + MAX_ITEM_WORDS && !sink.covered(k) && !tokens.get(k).norm().startsWith("و")
                && nameWord(tokens.get(k), tokens.get(k).norm()) && closed(tokens, k + 1, end)) {
            k++; // «وزيبرا فنتشرز،»: a second word only where the item is closed after it
        }
        return k;
    }

    /**
     * A word a foreign company's name may be written with: no function word, article, noun ending (ة، ات، ها), count,
     * cue, given name, verb, nationality, industry, act announced or indefinite accusative («وأخيرًا»). Words opening
     * with a second و («وورك») are foreign names opening with W, never a conjunction before another و.
     */
    private static boolean nameWord(Token t, String w) {
        return t.script() == Script.ARABIC && w.length() >= 3 && !w.startsWith("و") && !NameLexicon.isArabicStop(w)
                && !ArabicOrganizations.definite(w) && !w.endsWith("ه") && !w.endsWith("ات") && !w.endsWith("ها")
                && !NumberReader.arabicCardinal(w) && Cues.arabicCue(w) == null && NameLexicon.arabicGivenName(w) == null
                && !ArabicWords.verbAfterName(w) && !ArabicWords.nationality(w) && !ArabicWords.INDUSTRIES.contains(w)
                && !ArabicOrganizations.ANNOUNCED.contains(w) && !ArabicOrganizations.DID.contains(w)
                && !MentionSink.accusativeTanween(t.surface());
    }

    /** Most words a quoted item of a list may have. */
    private static final int MAX_QUOTED_WORDS = 4;

    /**
     * «و”صخرة الجنوب”»: the quote at {@code open} holds one item of the list, a company already found there or up to
     * four words with no function word, which the quotes bound though they are common words («صخرة»، «الجنوب»);
     * the index of the closing quote, or -1.
     */
    private static int quotedItem(List<Token> tokens, int open, int end, MentionSink sink) {
        int close = open + 1;
        while (close < end && close <= open + MAX_QUOTED_WORDS && tokens.get(close).script() == Script.ARABIC
                && !NameLexicon.isArabicStop(tokens.get(close).norm())) {
            close++;
        }
        if (close == open + 1 || close >= end || !Cues.isQuote(tokens.get(close).surface())) {
            return -1;
        }
        Mention known = sink.at(open + 1);
        if (known != null && known.type() != EntityType.LOCATION) {
            return known.startToken() == open + 1 && known.endToken() == close && known.type() == EntityType.ORGANIZATION
                    ? close : -1;
        }
        if (!onlyPlacesIn(open + 1, close, sink)) {
            return -1;
        }
        sink.dropPlacesIn(open + 1, close); // «و”هلال البصرة”»: the city is in the company's name
        return sink.add(open + 1, close, 0, EntityType.ORGANIZATION, null, null) ? close : -1;
    }

    /** Whether every word among tokens [from, to) found already belongs to a place. */
    private static boolean onlyPlacesIn(int from, int to, MentionSink sink) {
        for (int k = from; k < to; k++) {
            if (sink.covered(k) && !sink.placeAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** «شركتي “زيفر”»: after the quote at {@code open}, a company found up to the closing quote; the token after it, or -1. */
    private static int quotedKnown(List<Token> tokens, int open, int end, MentionSink sink) {
        if (open + 2 >= end || !Cues.isQuote(tokens.get(open).surface())) {
            return -1;
        }
        Mention m = sink.at(open + 1);
        return m != null && m.startToken() == open + 1 && m.type() == EntityType.ORGANIZATION && m.endToken() < end
                && Cues.isQuote(tokens.get(m.endToken()).surface()) ? m.endToken() + 1 : -1;
    }

    /** «جيت سمارت (شيلي) وفولاريس (المكسيك)»: an item's country in brackets, skipped; the token after it, or {@code k}. */
    private static int afterBracketedPlace(List<Token> tokens, int k, int end, MentionSink sink) {
        if (k + 2 >= end || !tokens.get(k).is("(") || !sink.placeAt(k + 1)) {
            return k;
        }
        int close = sink.at(k + 1).endToken();
        return close < end && tokens.get(close).is(")") ? close + 1 : k;
    }

    /** Whether the next item of a list opens at {@code k}, after a comma or not: a plural's first name needs one. */
    private static boolean nextItem(List<Token> tokens, int k, int end) {
        int at = k < end && comma(tokens.get(k)) ? k + 1 : k;
        return at < end && opensItem(tokens.get(at));
    }

    /** An item is closed by a comma or other punctuation, the next item (و…) or the sentence's end. */
    private static boolean closed(List<Token> tokens, int k, int end) {
        return k >= end || tokens.get(k).script() == Script.PUNCT || tokens.get(k).norm().startsWith("و");
    }

    /** Whether a conjoined word opens the next item of a list: و, then a name word («وكوانتيكس», not «وورك»). */
    private static boolean opensItem(Token t) {
        String n = t.norm();
        return t.script() == Script.ARABIC && n.length() >= 4 && n.startsWith("و") && nameWord(t, n.substring(1));
    }

    /**
     * «شركة زيفر وكوانتيكس،»: a conjoined name of one or two words at {@code k}, closed where it ends, opens the next company of a
     * list and so ends the name before it; «شركة بروكتر وغامبل عن …» runs on and stays one name.
     */
    static boolean opensClosedItem(List<Token> tokens, int k, int end, MentionSink sink) {
        if (!opensItem(tokens.get(k))) {
            return false;
        }
        int itemEnd = itemEnd(tokens, k, end, sink, true);
        return itemEnd > k && closed(tokens, itemEnd, end);
    }

    private static boolean comma(Token t) {
        return t.is("،") || t.is(",");
    }
}
