package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * «الوكالة الحضرية لطنجة», «المجلس التنفيذي لإمارة الشارقة», «وكالة الحوض المائي لسبو»: a public body, the definite
 * words that say which (an adjective, a genitive), then ل and the place it serves. The place belongs to the name: a
 * body of each region bears the same words, and only the place tells them apart.
 */
final class ArabicBodiesOfPlaces {
    /** Nouns of a public body that a place complement names, written without article or clitics. */
    private static final Set<String> HEADS = ArabicWords.folded("وكاله", "هيئه", "مجلس", "مكتب", "مديريه", "اداره",
            "مؤسسه", "سلطه", "جهاز", "غرفه", "مرصد", "مفوضيه", "لجنه", "معهد");
    /** How many definite words may say which body it is before its place: «الحوض المائي», «الجهوية للفلاحة». */
    private static final int DESCRIBING_WORDS = 3;

    private ArabicBodiesOfPlaces() {
    }

    /**
     * Whether a folded word may open such a name: a body noun with its article or a conjunction, or after ل as the
     * post of an officer names it («مديرا لوكالة …», «للوكالة …» with the article swallowed).
     */
    static boolean head(String norm) {
        return HEADS.contains(noun(Clitics.withoutConjunction(norm)));
    }

    /** The body noun of a reading without its conjunction: the article, لل or ل taken off. */
    private static String noun(String reading) {
        if (reading.startsWith("ال") || reading.startsWith("لل")) {
            return reading.substring(2);
        }
        return reading.startsWith("ل") && HEADS.contains(reading.substring(1)) ? reading.substring(1) : reading;
    }

    /** Adds the body opening at token i with its place as an organization. Whether it did. */
    static boolean find(List<Token> tokens, int i, int end, MentionSink sink) {
        if (!head(tokens.get(i).norm())) {
            return false;
        }
        int k = i + 1;
        while (k < end && k < i + 1 + DESCRIBING_WORDS && !sink.covered(k) && ArabicOrganizations.plainWord(tokens.get(k))
                && (tokens.get(k).norm().startsWith("ال") || k > i + 1 && tokens.get(k).norm().startsWith("لل"))) {
            // «المديرية الجهوية للفلاحة لفاس»: after an adjective, the field it serves (لل) may come before the place
            k++;
        }
        int placeEnd = k > i + 1 ? servedPlaceEnd(tokens, k, end, sink) : -1;
        if (placeEnd < 0 || !sink.free(i, k) || objectFollows(tokens, placeEnd, end)) {
            return false;
        }
        sink.dropPlacesIn(k, placeEnd);
        Token t = tokens.get(i);
        String reading = Clitics.withoutConjunction(t.norm());
        if (reading.startsWith("لل")) {
            return sink.addWithArticle(i, placeEnd, MentionSink.cliticChars(t, reading.substring(2)), EntityType.ORGANIZATION);
        }
        return sink.add(i, placeEnd, MentionSink.cliticChars(t, reading.startsWith("ال") ? reading : noun(reading)),
                EntityType.ORGANIZATION, null, null);
    }

    /**
     * «لطنجة» (a known place carrying ل) or «لإمارة الشارقة» (a place noun with ل before a known place): the end of
     * that place, or -1.
     */
    private static int servedPlaceEnd(List<Token> tokens, int k, int end, MentionSink sink) {
        if (k >= end || !tokens.get(k).norm().startsWith("ل") || tokens.get(k).norm().startsWith("لل")) {
            return -1;
        }
        int start = ArabicWords.PLACE_CUES.contains(tokens.get(k).norm().substring(1)) ? k + 1 : k;
        Mention place = start < end && sink.placeAt(start) ? sink.at(start) : null;
        return place != null && place.startToken() == start && place.type() == EntityType.LOCATION ? place.endToken() : -1;
    }

    /**
     * «قدمت الوكالة الفرنسية لتونس قرضا»: a number or an indefinite accusative after the place makes ل the dative of
     * what the body gives, not its place.
     */
    private static boolean objectFollows(List<Token> tokens, int k, int end) {
        if (k >= end) {
            return false;
        }
        Token t = tokens.get(k);
        return Character.isDigit(t.surface().charAt(0)) || ArabicOrganizations.plainWord(t) && t.norm().endsWith("ا")
                && !ArabicOrganizations.definite(t.norm());
    }
}
