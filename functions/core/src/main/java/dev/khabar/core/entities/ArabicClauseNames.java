package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.util.List;
import java.util.Set;

/**
 * Foreign names in Arabic script that no list of given names knows, told by the clause they stand in: the subject of a
 * verb of saying with its title in apposition («قال ماركو بيلاتي الشريك الإداري»), or the subject after أنّ of a verb
 * of taking or leaving office («أن كلاوديو ريتشي استقال»). A common noun can stand in neither slot undefined and
 * unannexed: it would take the article (المسؤول) or be followed by its complement, not by a title or a verb of office.
 */
final class ArabicClauseNames {
    /** أنّ/إنّ and their clitic forms, after which the subject precedes its verb. */
    private static final Set<String> THAT = ArabicWords.folded("ان", "بان", "لان", "وان");
    /** Perfect verbs of taking or leaving an office; the imperfect ones come from verbs-after-names-ar.txt. */
    private static final Set<String> OFFICE_VERBS = ArabicWords.folded("استقال", "استقالت", "تنحي", "تنحت", "انضم",
            "انضمت", "تولي", "تولت", "غادر", "غادرت", "ترك", "تركت", "اصبح", "اصبحت", "شغل", "شغلت", "قاد", "قادت",
            "انتقل", "انتقلت", "عاد", "عادت", "تقاعد", "تقاعدت");

    /** Indefinite nouns a verb of saying takes as its subject: «قال مسؤول كبير», «أكد مصدر مطلع». */
    private static final Set<String> SPEAKERS = ArabicWords.folded("مسؤول", "مسؤوله", "مسئول", "مصدر", "مصادر", "متحدث",
            "متحدثه", "خبير", "خبراء", "محلل", "محللون", "مستشار", "عضو", "موظف", "ممثل", "شخص", "احد", "مراقبون", "مسؤولون");

    private ArabicClauseNames() {
    }

    /** Adds the person whose name opens at {@code i}, when the clause places one there; whether it did. */
    static boolean find(List<Token> tokens, int i, int end, int floor, MentionSink sink) {
        if (listedWithTitle(tokens, i, end, floor, sink)) {
            return true;
        }
        if (i + 2 >= end || i == floor || !sink.free(i, i + 2) || !foreignWord(tokens.get(i)) || !foreignWord(tokens.get(i + 1))) {
            return false;
        }
        String before = Clitics.withoutConjunction(tokens.get(i - 1).norm());
        Token after = tokens.get(i + 2);
        RoleMatch title = ArabicWords.nameSlot(tokens, i, floor) ? ArabicRoles.match(tokens, i + 2, end) : null;
        boolean titled = title != null && (after.norm().startsWith("ال") || closedTitle(tokens, title, end, sink));
        boolean inOffice = THAT.contains(before) && (OFFICE_VERBS.contains(Clitics.withoutConjunction(after.norm()))
                || ArabicWords.verbAfterName(after.norm()));
        return (titled || inOffice) && ArabicNames.addPerson(tokens, i, i + 2, 0, sink);
    }

    /**
     * «رئيس مجلس الإدارة», «رئيس مجلس إدارة دايملر», «رئيس مجلس إدارة شركة X»: a title in construct closed by a
     * definite word or by the name of its company (or its cue noun) is a whole title, as one with the article is, that
     * a name may take in apposition.
     */
    private static boolean closedTitle(List<Token> tokens, RoleMatch title, int end, MentionSink sink) {
        if (tokens.get(title.endToken() - 1).norm().startsWith("ال")) {
            return true;
        }
        if (title.endToken() >= end) {
            return false;
        }
        Mention employer = sink.at(title.endToken());
        return employer != null && employer.type() == EntityType.ORGANIZATION && employer.startToken() == title.endToken()
                || Cues.arabicCue(tokens.get(title.endToken()).norm()) != null; // «رئيس مجلس إدارة شركة X»
    }

    /**
     * «بحضور وزير المالية، وبورغ برينده الرئيس التنفيذي للمنتدى»: after a comma, و and two foreign words with a title
     * in apposition are the next person of a list of those present, as a title follows only a person; the second word
     * may end in ه as written (برينده), which no feminine noun does.
     */
    private static boolean listedWithTitle(List<Token> tokens, int i, int end, int floor, MentionSink sink) {
        Token t = tokens.get(i);
        String n = t.norm();
        if (i + 2 >= end || i == floor || !(tokens.get(i - 1).is("،") || tokens.get(i - 1).is(",")) || !n.startsWith("و")
                || n.length() < 5 || !sink.free(i, i + 2) || !foreignWord(t, n.substring(1))
                || !(foreignWord(tokens.get(i + 1)) || ArabicOrganizations.writtenWithHa(tokens.get(i + 1)))
                || !tokens.get(i + 2).norm().startsWith("ال") || ArabicRoles.match(tokens, i + 2, end) == null) {
            return false;
        }
        return ArabicNames.addPerson(tokens, i, i + 2, MentionSink.cliticChars(t, n.substring(1)), sink);
    }

    private static final long FOREIGN_WORD = WordFlags.newFlag();

    /** An undefined word that may be part of a foreign name: no article, clitic preposition, function word or cue. */
    static boolean foreignWord(Token t) {
        if (t.script() != Script.ARABIC) {
            return false;
        }
        WordFlags.Word word = t.word();
        return word.known(FOREIGN_WORD) ? word.is(FOREIGN_WORD) : word.set(FOREIGN_WORD, foreignWord(t, t.norm()));
    }

    /** {@link #foreignWord} of an Arabic token: the tests of its folded word alone, kept per word. */
    private static boolean foreignWord(Token t, String n) {
        return ArabicNames.nameWord(t, false) && n.length() >= 3 && !SPEAKERS.contains(Clitics.withoutConjunction(n)) && !n.startsWith("و") && !n.endsWith("ه")
                && !ArabicNames.possessed(n) && NameLexicon.arabicGivenName(n) == null
                && ArabicRoles.match(List.of(t), 0, 1) == null && !ArabicWords.nationality(n);
    }
}
