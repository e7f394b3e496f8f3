package dev.khabar.core.entities;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A company's unit in a country or a world region, named by the place written right after the company's name: "Huawei
 * Turkey CEO X", "Microsoft UAE, a subsidiary of Microsoft", "the law firm DLA Piper Africa, with". English puts a
 * company's name right before a place only when the place names its unit; the place is that unit's name, not a place
 * of the story. Arabic does too («QNB مصر»), but its verb may come first with the country as its object, so there the
 * country must close the clause.
 */
final class CountryUnits {
    /** World regions a company names a unit for, beside the countries. */
    private static final Set<String> REGIONS = WordSet.of("africa", "europe", "asia", "middle east", "mena",
            "latin america", "north america", "asia pacific", "emea", "apac", "gulf", "north africa", "east africa",
            "west africa", "southern africa", "southeast asia");

    /** Punctuation that ends a unit's name written in the middle of a sentence. */
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "'s");

    private CountryUnits() {
    }

    /**
     * Whether the place {@code place}, written over tokens ending at {@code placeEnd} right after a company's name,
     * names the company's unit: any place before its executive's title ("Samsung India head", "Huawei Turkey CEO"); a
     * country or a world region at the end of the clause ("Flat6Labs UAE, said"), before a possessive ("Google
     * Egypt's") or before the verb it is the subject of ("Sequel Ventures India made 50 investments"), or the side a signatory signs for ("on behalf of Microsoft UAE by X"), whose company {@code start}s
     * the name.
     */
    static boolean namesUnit(Gazetteer gazetteer, GazetteerEntry place, List<Token> tokens, int start, int placeEnd, int limit) {
        if (placeEnd < limit && tokens.get(placeEnd).script() == Script.LATIN
                && NameLexicon.isEnglishTitleHead(tokens.get(placeEnd).norm())) {
            return true;
        }
        if (place == null || (gazetteer.countryCode(place) == null && !REGIONS.contains(place.name().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return placeEnd >= limit || CLOSERS.contains(tokens.get(placeEnd).norm())
                || LatinNames.NAME_FOLLOWERS.contains(tokens.get(placeEnd).norm())
                || tokens.get(placeEnd).is("by") && start >= 2 && tokens.get(start - 1).is("of") && tokens.get(start - 2).is("behalf");
    }

    /** Where the country of a unit starts after a company's name ending at {@code end}: past a dash («الوطني - مصر»). */
    static int arabicUnitCountry(List<Token> tokens, int end, int limit) {
        return end + 1 < limit && (tokens.get(end).is("-") || tokens.get(end).is("–")) ? end + 1 : end;
    }

    /**
     * The end of the country written right after a known company's Arabic name [start, end), when the two name the
     * company's unit in that country («أصول عوده مصر 5.3 مليار», «تاريخ اتصالات المغرب.», «وQNB مصر»): the country bare
     * (no و or preposition: «أمازون ومصر» is two parties) and closing the clause (punctuation, a quote, a number, the
     * end), which keeps out a verb's object («دخلت أمازون مصر عام 2021»), or read in the genitive after a company noun
     * that carries a preposition («المدير العام لشركة أورانج تونس فلان»): there no verb reaches the country, so the word
     * after it may be anything, the unit's executive's name included; -1 otherwise.
     */
    static int arabicUnitEnd(Gazetteer gazetteer, List<Token> tokens, int start, int end, int limit) {
        end = arabicUnitCountry(tokens, end, limit);
        Token t = tokens.get(end);
        if (t.script() != Script.ARABIC) {
            return -1;
        }
        Gazetteer.Match place = gazetteer.match(tokens, end, limit);
        if (place == null || gazetteer.countryCode(place.entry()) == null || !place.firstReading().equals(t.norm())
                || ArabicWords.feminineAdjectiveForm(t.norm())) {
            return -1; // «العربية السعودية»: a country written as its own feminine adjective is the company's nationality
        }
        int after = place.endToken();
        if (after < limit && tokens.get(after).isWord() && !afterPrepositionalCompanyNoun(tokens, start)) {
            return -1;
        }
        return after;
    }

    /** Whether the word before a name at {@code start} is a company noun with ل or ب on it («لشركة», «بمجموعة», «لبنك»). */
    private static boolean afterPrepositionalCompanyNoun(List<Token> tokens, int start) {
        if (start == 0 || tokens.get(start - 1).script() != Script.ARABIC) {
            return false;
        }
        String word = Clitics.withoutConjunction(tokens.get(start - 1).norm());
        String cue = Cues.arabicCue(word);
        return cue != null && Cues.ARABIC.get(cue) == EntityType.ORGANIZATION && (word.startsWith("ل") || word.startsWith("ب"))
                && !word.equals(cue); // بنك is the noun itself, لبنك the noun after ل
    }

    /**
     * The end of the known country or region right after the company's name [start, end), when it names the company's
     * unit ("Flat6Labs UAE, said"); {@code end} otherwise.
     */
    static int unitEnd(List<Token> tokens, int start, int end, int limit, MentionSink sink) {
        Mention place = end < limit && sink.placeAt(end) ? sink.at(end) : null;
        return place != null && place.startToken() == end
                && namesUnit(Gazetteer.get(), place.entry(), tokens, start, place.endToken(), limit) ? place.endToken() : end;
    }
}
