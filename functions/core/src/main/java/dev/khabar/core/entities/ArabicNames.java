package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Arabic-script names nobody listed: people after a title (المهندس روهان فارما), before an apposed title
 * (روبن ماير، النائب…), after a given name (حسين أباظة); organizations after a cue word (شركة، بنك) or quoted after one
 * (موقع “…”).
 */
final class ArabicNames {
    private static final Set<String> NAME_LINKS = Set.of("بن", "ابن", "ابو", "عبد", "ال", "بنت");
    private static final Set<String> NAMED_BY_CUE = Set.of("بنك", "مصرف", "صندوق", "جامعه", "مجموعه");
    private static final Set<String> GOVERNMENT = Set.of("وزاره", "هيئه", "جهاز", "سلطه", "مؤسسه", "جامعه", "اكاديميه",
            "محكمه", "مفوضيه", "لجنه", "وكاله", "صندوق", "بنك", "مصرف", "معهد", "اتحاد", "غرفه");
    /** Adjectives that follow a body's name without being part of it. */
    private static final Set<String> NOT_IN_NAME = Set.of("الجديد", "الجديده", "نفسه", "نفسها", "ذاته", "ذاتها",
            "الحالي", "الحاليه", "السابق", "السابقه", "المذكور", "المذكوره");

    private ArabicNames() {
    }

    static void find(List<Token> tokens, Sentence s, MentionSink sink) {
        int end = s.endToken();
        for (int i = s.firstToken(); i < end; i++) {
            Token t = tokens.get(i);
            if (sink.covered(i)) {
                continue;
            }
            if (t.script() == Script.ARABIC) {
                RoleMatch role = ArabicRoles.match(tokens, i, end);
                if (role != null) {
                    person(tokens, role.endToken(), end, sink);
                    i = role.endToken() - 1;
                    continue;
                }
                if (givenNamePerson(tokens, i, end, sink) || governmentBody(tokens, i, end, sink)
                        || cuedOrganization(tokens, i, end, sink)) {
                    continue;
                }
                accusativeTitledPerson(tokens, i, end, sink);
            } else if (isComma(t) && i + 1 < end && ArabicRoles.match(tokens, i + 1, end) != null) {
                apposedPerson(tokens, i, s.firstToken(), sink);
            } else if (Cues.isQuote(t.surface()) && i + 2 < end && tokens.get(i + 1).script() == Script.ARABIC
                    && (i == s.firstToken() || !Cues.isQuote(tokens.get(i - 1).surface()))) {
                quotedName(tokens, i, end, sink);
            }
        }
    }

    private static boolean isComma(Token t) {
        return t.surface().equals("،") || t.surface().equals(",");
    }

    /** "تعيين عليان الوتيد رئيسا تنفيذيا": two name words before a title in the accusative (رئيسا، مديرا). */
    private static void accusativeTitledPerson(List<Token> tokens, int i, int end, MentionSink sink) {
        if (i + 2 >= end || !sink.free(i, i + 2) || !nameWord(tokens.get(i), false) || !nameWord(tokens.get(i + 1), true)) {
            return;
        }
        RoleMatch role = ArabicRoles.match(tokens, i + 2, end);
        if (role != null && tokens.get(i + 2).norm().endsWith("ا") && !tokens.get(i + 1).norm().endsWith("ا")) {
            addPerson(tokens, i, i + 2, 0, sink);
        }
    }

    /** "وزارة الاتصالات وتقنية المعلومات", "هيئة السوق المالية": a public body named by its genitive chain. */
    private static boolean governmentBody(List<Token> tokens, int i, int end, MentionSink sink) {
        Token t = tokens.get(i);
        List<String> readings = Clitics.readings(t.norm());
        String reading = readings.get(readings.size() - 1);
        if (!GOVERNMENT.contains(reading) || i + 1 >= end || !tokens.get(i + 1).norm().startsWith("ال")
                || (i > 0 && tokens.get(i - 1).norm().equals("علي"))) {
            return false; // "على هيئة" is "in the form of"
        }
        int to = i + 1;
        while (to < end && to < i + 7 && !sink.covered(to) && tokens.get(to).script() == Script.ARABIC
                && !NameLexicon.isArabicStop(tokens.get(to).norm())) {
            String n = tokens.get(to).norm();
            boolean article = n.startsWith("ال") || n.startsWith("وال") || n.startsWith("لل");
            if (NOT_IN_NAME.contains(n)) {
                break;
            }
            boolean joinedNoun = n.startsWith("و") && to + 1 < end && tokens.get(to + 1).norm().startsWith("ال");
            if (!article && !joinedNoun) {
                break;
            }
            to++;
        }
        return to > i + 1 && sink.add(i, to, MentionSink.cliticChars(t, reading), EntityType.ORGANIZATION, null, null);
    }

    /** A person named right after a title: two name words, a third when joined by بن/أبو. */
    private static void person(List<Token> tokens, int i, int end, MentionSink sink) {
        if (i + 1 >= end || !nameWord(tokens.get(i), false) || !nameWord(tokens.get(i + 1), true)) {
            return;
        }
        int to = i + 2;
        if (NAME_LINKS.contains(tokens.get(i + 1).norm()) && to < end && nameWord(tokens.get(to), true)) {
            to++;
        }
        addPerson(tokens, i, to, 0, sink);
    }

    /** "حسين أباظة، العضو المنتدب": the two words before a comma that a title follows. */
    private static void apposedPerson(List<Token> tokens, int comma, int floor, MentionSink sink) {
        int a = comma - 2;
        if (a < floor || !sink.free(a, comma)) {
            return;
        }
        Token first = tokens.get(a);
        String reading = first.norm();
        if (!nameWord(first, false) || !nameWord(tokens.get(a + 1), true)) {
            return;
        }
        if ((reading.startsWith("و") || reading.startsWith("ف")) && (reading.length() > 4
                || NameLexicon.arabicGivenName(reading.substring(1)) != null)) {
            reading = reading.substring(1);
        }
        if (a - 1 >= floor && sink.free(a - 1, a) && NameLexicon.arabicGivenName(Clitics.withoutConjunction(tokens.get(a - 1).norm())) != null) {
            a--;
            reading = Clitics.withoutConjunction(tokens.get(a).norm());
        }
        addPerson(tokens, a, comma, MentionSink.cliticChars(tokens.get(a), reading), sink);
    }

    private static boolean givenNamePerson(List<Token> tokens, int i, int end, MentionSink sink) {
        Token t = tokens.get(i);
        for (String reading : Clitics.readings(t.norm())) {
            if (reading.length() < 4 && !Clitics.withoutConjunction(t.norm()).equals(reading)) {
                continue; // بيان is "statement", not ب + يان: a short name keeps its preposition only when written apart
            }
            String given = NameLexicon.arabicGivenName(reading);
            int next = i + 1;
            if (given == null && reading.equals("عبد") && next < end) {
                given = NameLexicon.arabicGivenName(reading + " " + tokens.get(next).norm());
                next++;
            }
            if (given != null && next < end && !sink.covered(next) && nameWord(tokens.get(next), true)) {
                int to = next + 1;
                if (NAME_LINKS.contains(tokens.get(next).norm()) && to < end && nameWord(tokens.get(to), true)) {
                    to++;
                }
                return addPerson(tokens, i, to, MentionSink.cliticChars(t, reading), sink);
            }
        }
        return false;
    }

    private static boolean cuedOrganization(List<Token> tokens, int i, int end, MentionSink sink) {
        Token t = tokens.get(i);
        String cue = Clitics.bare(t.norm());
        if (i + 1 >= end || sink.covered(i + 1)) {
            return false;
        }
        EntityType type = Cues.ARABIC.get(cue);
        if (type == null) {
            return false;
        }
        // a quoted name right after the cue or after its adjectives: موقع “…”, الشركة الناشئة المصرية "…"
        for (int q = i + 1; q < Math.min(end, i + 4); q++) {
            Token qt = tokens.get(q);
            if (Cues.isQuote(qt.surface())) {
                return quoted(tokens, q, end, type, sink);
            }
            if (qt.script() != Script.ARABIC || !qt.norm().startsWith("ال") || sink.covered(q)) {
                break;
            }
        }
        Token next = tokens.get(i + 1);
        boolean definiteCue = Clitics.readings(t.norm()).stream().anyMatch(r -> r.startsWith("ال"));
        if (definiteCue || !orgWord(next) || ArabicRoles.match(tokens, i + 1, end) != null) {
            return false; // a name follows an indefinite cue (شركة X, بنك X); after "الشركة" comes the rest of the sentence
        }
        if (NAMED_BY_CUE.contains(cue) && type == EntityType.ORGANIZATION) {
            List<String> readings = Clitics.readings(t.norm());
            return sink.add(i, i + 2, MentionSink.cliticChars(t, readings.get(readings.size() - 1)), type, null, null);
        }
        if (next.norm().startsWith("ال") || cue.equals("شركات") || type != EntityType.ORGANIZATION) {
            return false;
        }
        int to = i + 2;
        while (to < end && to < i + 4 && !sink.covered(to) && orgWord(tokens.get(to)) && !tokens.get(to).norm().startsWith("ال")
                && NameLexicon.arabicGivenName(tokens.get(to).norm()) == null) {
            to++;
        }
        return sink.add(i + 1, to, 0, type, null, null);
    }

    /**
     * A name written only in quotes, whatever comes before it: «فورترس», "ليب-بو تان". One to four words with no
     * function word; a person when a title or «منصب» follows, else a product or organization by the cue before it.
     */
    private static void quotedName(List<Token> tokens, int open, int end, MentionSink sink) {
        int close = open + 1;
        while (close < end && close < open + 8 && !Cues.isQuote(tokens.get(close).surface())) {
            Token w = tokens.get(close);
            boolean joiner = w.is("-") && close > open + 1;
            if (!joiner && (w.script() != Script.ARABIC || NameLexicon.isArabicStop(w.norm()) || w.norm().startsWith("ال"))) {
                return;
            }
            close++;
        }
        int words = close - open - 1;
        if (close >= end || words < 1 || words > 5 || !sink.free(open + 1, close)
                || (words == 1 && !singleName(tokens.get(open + 1).norm())) || ArabicRoles.match(tokens, open + 1, close) != null) {
            return; // «مدير» quotes a title, not a name
        }
        EntityType type = Cues.before(tokens, open + 1, Math.max(0, open - 3));
        boolean person = close + 1 < end && (tokens.get(close + 1).norm().contains("منصب")
                || ArabicRoles.match(tokens, close + 1, end) != null
                || (close + 2 < end && isComma(tokens.get(close + 1)) && ArabicRoles.match(tokens, close + 2, end) != null));
        if (person && words >= 2) {
            type = EntityType.PERSON;
        }
        sink.add(open + 1, close, 0, type != null ? type : EntityType.ORGANIZATION, null, null);
    }

    /** A lone quoted word is a name unless it has the endings of a plural, a feminine noun or a verb («مستعدون»). */
    private static boolean singleName(String n) {
        return n.length() >= 3 && !n.endsWith("ون") && !n.endsWith("ين") && !n.endsWith("ات") && !n.endsWith("ه")
                && !n.endsWith("وا") && !n.startsWith("سي") && !n.startsWith("ست") && !n.startsWith("سن");
    }

    private static boolean quoted(List<Token> tokens, int open, int end, EntityType type, MentionSink sink) {
        int close = open + 1;
        while (close < end && close < open + 7 && !Cues.isQuote(tokens.get(close).surface())) {
            close++;
        }
        if (close < end && close > open + 1 && Cues.isQuote(tokens.get(close).surface())
                && tokens.get(open + 1).script() == Script.ARABIC && sink.free(open + 1, close)) {
            return sink.add(open + 1, close, 0, type, null, null);
        }
        return false;
    }

    /** A word that can be (part of) a company's name: no function word, no feminine or plural noun ending. */
    private static boolean orgWord(Token t) {
        String n = t.norm();
        return t.script() == Script.ARABIC && !NameLexicon.isArabicStop(n) && !n.endsWith("ه") && !n.endsWith("ات")
                && n.length() > 1;
    }

    /** A word that can be part of a person's name; {@code later}: not the first (may carry the article: الشافعي). */
    private static boolean nameWord(Token t, boolean later) {
        if (t.script() != Script.ARABIC || t.norm().length() < 2 || NameLexicon.isArabicStop(t.norm())) {
            return false;
        }
        String n = t.norm();
        if (!later && (n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال") || n.startsWith("وال"))) {
            return false;
        }
        return !Cues.ARABIC.containsKey(Clitics.bare(n));
    }

    private static boolean addPerson(List<Token> tokens, int from, int to, int skip, MentionSink sink) {
        return sink.add(from, to, skip, EntityType.PERSON, null, null);
    }

}
