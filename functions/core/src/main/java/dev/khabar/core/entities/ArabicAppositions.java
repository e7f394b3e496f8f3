package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Arabic names told by what stands around them rather than by a lexicon: set off by commas after a title, the second
 * of a pair after a dual title, given after «اسم», or a quoted company name that opens with a place.
 */
final class ArabicAppositions {
    private static final Set<String> NAME_NOUNS = ArabicWords.folded("اسم", "باسم", "مسمي", "بمسمي");

    private ArabicAppositions() {
    }

    /**
     * «رئيس مجلس إدارتها، نيكولاس بونتا، الذي», «وزيرة الاتصالات، هيام الياسري، اليوم»: a name set off by commas
     * after a title and the few definite or possessed nouns that complete it. The name ends at a comma, a bracket,
     * a verb or the sentence's end, so a clause after the title's comma is not taken for a name.
     */
    static boolean personBetweenCommas(List<Token> tokens, int k, int end, MentionSink sink) {
        int comma = k;
        while (comma < end && comma < k + 3 && !ArabicNames.isComma(tokens.get(comma))
                && completesTitle(tokens.get(comma), comma, sink)) {
            comma++;
        }
        int first = comma + 1;
        if (first + 1 >= end || !ArabicNames.isComma(tokens.get(comma)) || !sink.free(first, first + 2)
                || !ArabicNames.nameWord(tokens.get(first), false) || !ArabicNames.nameWord(tokens.get(first + 1), true)
                || NameLexicon.isArabicStopAsWritten(tokens.get(first).norm())) {
            return false;
        }
        int to = ArabicNames.links(tokens, first + 1, end);
        if (to == first + 2 && to + 1 < end && ArabicNames.nameWord(tokens.get(to), true) && !sink.covered(to)
                && closesName(tokens.get(to + 1))) {
            to++; // «جون كرايان» and a third word: «دي جي كوه،»
        }
        if (to < end && !closesName(tokens.get(to)) && !ArabicWords.verbAfterName(tokens.get(to).norm())) {
            return false;
        }
        return ArabicNames.addPerson(tokens, first, to, 0, sink);
    }

    /** A noun completing a title before its comma: definite (للبنك، الاتصالات), possessed (إدارتها) or a known name. */
    private static boolean completesTitle(Token t, int k, MentionSink sink) {
        if (t.script() != Script.ARABIC) {
            return false;
        }
        String n = Clitics.withoutConjunction(t.norm());
        return sink.covered(k) || n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || ArabicNames.possessed(n)
                || n.endsWith("ته");
    }

    /** What may follow a name set off after a title: a comma, a bracket (its age), a colon. */
    static boolean closesName(Token t) {
        return ArabicNames.isComma(t) || t.is("(") || t.is(":") || t.is(".");
    }

    /**
     * «رئيسيه التنفيذيين أنشو جين ويورغن فيتشن»: after a title in the dual or plural, a second name joined to the
     * first by و, ending where the list ends (punctuation, a verb, the sentence's end).
     */
    static void secondOfPair(List<Token> tokens, String title, int end, MentionSink sink) {
        String t = Clitics.withoutConjunction(title);
        if (!(t.endsWith("ين") || t.endsWith("يه") || t.endsWith("يها") || t.endsWith("ان") || t.endsWith("اه")
                || t.endsWith("اها"))) {
            return;
        }
        int k = sink.last().endToken();
        if (k + 1 >= end || !sink.free(k, k + 2) || !tokens.get(k).norm().startsWith("و") || tokens.get(k).norm().length() < 4
                || tokens.get(k).script() != Script.ARABIC || !ArabicNames.nameWord(tokens.get(k + 1), true)
                || ArabicRoles.match(tokens, k, end) != null || NameLexicon.isArabicStop(tokens.get(k).norm().substring(1))) {
            return;
        }
        if (k + 2 < end && !closesName(tokens.get(k + 2)) && !ArabicWords.verbAfterName(tokens.get(k + 2).norm())
                && !NameLexicon.isArabicStopAsWritten(tokens.get(k + 2).norm()) && !dualVerb(tokens.get(k + 2).norm())) {
            return;
        }
        Token w = tokens.get(k);
        ArabicNames.addPerson(tokens, k, k + 2, MentionSink.cliticChars(w, w.norm().substring(1)), sink);
    }

    /** «سيغادران», «قدما», «يديران»: a verb in the dual, which the pair of names is the subject of. */
    private static boolean dualVerb(String n) {
        return n.length() >= 4 && (n.endsWith("ان") && (n.startsWith("ي") || n.startsWith("سي") || n.startsWith("ت"))
                || n.endsWith("ا") && !n.startsWith("ال"));
    }

    /**
     * «بخدمة جديدة أطلقت عليها اسم (بكسبي)», «شركة جديدة باسم "نوفا"»: the name given after «اسم», in brackets or
     * quotes, is of the kind the nearest cue before it says (خدمة: a product; شركة: an organization).
     */
    static boolean namedAs(List<Token> tokens, int i, int end, int floor, MentionSink sink) {
        if (!NAME_NOUNS.contains(Clitics.withoutConjunction(tokens.get(i).norm())) || i + 3 >= end) {
            return false;
        }
        Token open = tokens.get(i + 1);
        String closing = open.is("(") ? ")" : Cues.isQuote(open.surface()) ? null : "";
        if ("".equals(closing)) {
            return false;
        }
        int close = i + 2;
        while (close < end && close < i + 5 && tokens.get(close).script() == Script.ARABIC) {
            close++;
        }
        boolean closed = close < end && (closing == null ? Cues.isQuote(tokens.get(close).surface()) : tokens.get(close).is(closing));
        if (!closed || !sink.free(i + 2, close)) {
            return false;
        }
        EntityType type = null;
        for (int k = i - 1; k >= Math.max(floor, i - 8) && type == null; k--) {
            String cue = tokens.get(k).script() == Script.ARABIC ? Cues.arabicCueOrAccusative(tokens.get(k).norm()) : null;
            type = cue == null ? null : Cues.ARABIC.get(cue);
        }
        return type != null && sink.add(i + 2, close, 0, type, null, null);
    }

    /** «مع “عمان تيل”»: a quoted name opening with a place, written so before as an organization's name, is that name. */
    static void placeInQuotedName(List<Token> tokens, int open, int end, MentionSink sink) {
        int close = open + 2;
        while (close < end && close < open + 5 && !Cues.isQuote(tokens.get(close).surface())) {
            close++;
        }
        if (close < end && Cues.isQuote(tokens.get(close).surface()) && sink.organizationWritten(open + 1, close)) {
            sink.dropPlacesIn(open + 1, close);
            sink.add(open + 1, close, 0, EntityType.ORGANIZATION, null, null);
        }
    }
}
