package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * "Apple has unveiled its new headset … The Vision Pro headset costs $3,499": a launch tells of its product by a common
 * noun and names it a few sentences on, where the name stands before that same noun. The noun ties the two. In Arabic
 * the launch's object is an indefinite noun («أطلقت X تطبيقا جديدا») and the name comes after that noun made definite
 * («ويتيح التطبيق "Y"…», «المنصة الجديدة "Y"»), or after «اسم». A product the next sentence opens on is the one left
 * unnamed too ("launched a new model on Wednesday. The Zentra Z9, priced …").
 */
final class UnnamedProducts {
    private static final Set<String> OPENERS = WordSet.of("its", "their", "a", "an", "the", "his", "her");
    /** Object pronouns: "Mac introduced us to personal computing" launches nothing. */
    private static final Set<String> PERSONS = WordSet.of("us", "them", "me", "you", "him", "her", "people", "users");
    private static final Set<String> NOT_HEADS = WordSet.of("new", "first", "latest", "next", "product", "products", "line",
            "range", "version", "model", "one", "generation", "series");
    private static final int PHRASE = 14;
    private static final int REACH = 5;

    private UnnamedProducts() {
    }

    /** Whether the launch word is followed by a person it is introduced to, not a product. */
    static boolean toPersons(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        return !tr.arabic() && k < s.endToken() && doc.mentionAt[k] < 0 && PERSONS.contains(doc.token(k).norm())
                && k + 1 < s.endToken() && doc.token(k + 1).is("to");
    }

    /** The product named later before the noun of the launch's unnamed object, or null. */
    static String namedLater(Doc doc, Sentence s, Trigger tr) {
        if (tr.arabic()) {
            return namedLaterArabic(doc, s, tr);
        }
        Set<String> nouns = objectNouns(doc, s, tr);
        if (nouns == null) {
            return null;
        }
        int last = Math.min(doc.sentences.size() - 1, s.index() + REACH);
        for (int i = s.index(); i <= last; i++) {
            Sentence later = doc.sentences.get(i);
            for (int m : doc.mentionsIn(i == s.index() ? tr.endToken() : later.firstToken(), later.endToken())) {
                int after = doc.mention(m).endToken();
                if (doc.type(m) == EntityType.PRODUCT && after < later.endToken() && nouns.contains(doc.token(after).norm())) {
                    return doc.id(m);
                }
            }
        }
        return openingProduct(doc, s.index() + 1);
    }

    /**
     * "Zentra launched a new high-end model on Wednesday. The Zentra Z9, priced from $400, is …": the product the next
     * sentence opens on, its subject, is the one the launch left unnamed; null when it opens on anything else.
     */
    private static String openingProduct(Doc doc, int sentence) {
        if (sentence >= doc.sentences.size()) {
            return null;
        }
        Sentence next = doc.sentences.get(sentence);
        int m = Grammar.namedAt(doc, next, next.firstToken(), EntityType.PRODUCT);
        return m >= 0 ? doc.id(m) : null;
    }

    /** Arabic nouns of products a launch may leave unnamed: «تطبيقا», «منصة جديدة», «هاتفا ذكيا», «موقعا». */
    private static final Set<String> ARABIC_PRODUCT_NOUNS = WordSet.of("تطبيق", "منصه", "خدمه", "هاتف", "موقع", "نموذج",
            "جهاز", "سياره", "محفظه", "برنامج", "ساعه", "متجر", "لعبه", "بوابه", "منتج", "روبوت", "مساعد");
    /** Words between a definite product noun and its name: «التطبيق الجديد "Y"», «المنصة التي تحمل اسم "Y"». */
    private static final int ARABIC_NAME_REACH = 5;
    /** Where after the trigger the unnamed object may stand: past the doer's name and a day («دشنت X الأربعاء موقعا»). */
    private static final int ARABIC_OBJECT_REACH = 3;

    private static String namedLaterArabic(Doc doc, Sentence s, Trigger tr) {
        String noun = arabicObjectNoun(doc, s, tr);
        if (noun == null) {
            return null;
        }
        int last = Math.min(doc.sentences.size() - 1, s.index() + REACH);
        for (int i = s.index(); i <= last; i++) {
            Sentence later = doc.sentences.get(i);
            for (int m : doc.mentionsIn(i == s.index() ? tr.endToken() : later.firstToken(), later.endToken())) {
                if (doc.type(m) == EntityType.PRODUCT && definiteNounBefore(doc, later, doc.mention(m).startToken(), noun, i == s.index())) {
                    return doc.id(m);
                }
            }
        }
        return null;
    }

    /** The product noun the Arabic launch puts out unnamed, indefinite, right after the trigger and its doer, or null. */
    private static String arabicObjectNoun(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        for (int words = 0; k < s.endToken() && words <= ARABIC_OBJECT_REACH; k++) {
            Token t = doc.token(k);
            if (doc.mentionAt[k] >= 0) {
                k = doc.mention(doc.mentionAt[k]).endToken() - 1;
                continue;
            }
            if (t.script() != Script.ARABIC) {
                return null;
            }
            String n = Clitics.withoutConjunction(t.norm());
            String stem = n.endsWith("ا") && n.length() > 3 ? n.substring(0, n.length() - 1) : n;
            if (ARABIC_PRODUCT_NOUNS.contains(stem)) {
                return k + 1 < s.endToken() && doc.mentionAt[k + 1] >= 0 ? null : stem; // «تطبيق "Y"» is named already
            }
            words++;
        }
        return null;
    }

    /**
     * Whether the definite form of {@code noun} («التطبيق», «للمنصة») stands a few words before token {@code at}, or, in
     * the launch's own sentence, «اسم» («تطبيقا جديدا يحمل اسم "Y"»).
     */
    private static boolean definiteNounBefore(Doc doc, Sentence s, int at, String noun, boolean launchSentence) {
        for (int k = at - 1; k >= Math.max(s.firstToken(), at - ARABIC_NAME_REACH); k--) {
            if (doc.mentionAt[k] >= 0) {
                return false;
            }
            for (String r : Clitics.readings(doc.token(k).norm())) {
                if (r.equals(noun)) {
                    return false; // «ينافس التطبيق الجديد تطبيق "واتساب"»: the name has a noun of its own
                }
                if (r.equals("ال" + noun) || launchSentence && r.equals("اسم")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "its state-of-the-art five-seat sedan": the words of an object phrase that names no one, from its opener on, past
     * the words heading no product ("a new model" has none); null when the object is no such phrase.
     */
    private static Set<String> objectNouns(Doc doc, Sentence s, Trigger tr) {
        Set<String> out = new HashSet<>();
        int k = tr.endToken();
        int end = Math.min(s.endToken(), k + PHRASE);
        while (k < tr.endToken() + 2 && k < end && doc.mentionAt[k] < 0 && !OPENERS.contains(doc.token(k).norm())) {
            k++; // "unveiled Thursday its …": a day between the verb and its object
        }
        if (k >= end || doc.mentionAt[k] >= 0 || !OPENERS.contains(doc.token(k).norm())) {
            return null;
        }
        for (k++; k < end; k++) {
            Token t = doc.token(k);
            if (doc.mentionAt[k] >= 0 || t.script() != Script.LATIN && !t.is("-") && t.script() != Script.NUMBER
                    || Grammar.isPreposition(t) && !doc.token(k - 1).is("-")) { // "state-of-the-art" goes on
                break;
            }
            if (t.script() == Script.LATIN && !NOT_HEADS.contains(t.norm())) {
                out.add(t.norm());
            }
        }
        return k < end && doc.mentionAt[k] >= 0 ? null : out; // "its new Pixel phone" is named already
    }
}
