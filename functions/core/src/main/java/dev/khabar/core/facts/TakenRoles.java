package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.roles.PostNounPhrases;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.Set;

/** Titles a person takes or already holds, read around a hire or departure: "as its CEO", «منصب الرئيس التنفيذي». */
final class TakenRoles {
    /** Words between "as" and a title that are no part of it; an ordinal counts holders ("its first CMO", "fifth CEO"). */
    private static final Set<String> ROLE_FILLERS = WordSet.of("its", "their", "his", "her", "the", "a", "an", "new",
            "interim", "acting", "permanent", "next", "current", "first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth");
    /** Pronouns that make a taken title the subject organization's own: "as its CEO". */
    static final Set<String> ORGANIZATION_PRONOUNS = WordSet.of("its", "their");
    /** Plural posts: «مناصب قيادية» (leadership posts) were held, no single title is taken. */
    private static final Set<String> PLURAL_POSTS = WordSet.of("مناصب", "مناصبا", "المناصب");
    /** Nouns of a board seat: «مقعدا في مجلس الإدارة», «عضوية مجلس الإدارة». */
    private static final Set<String> SEATS = WordSet.of("مقعد", "مقعدا", "عضويه", "عضوا", "عضو");
    private TakenRoles() {
    }

    /**
     * A title taken, whether it is the organization's own ("its CEO", مديرها التنفيذي: held where the subject is), and
     * whether it names posts held in the past rather than one taken («تولى مناصب قيادية»: leadership posts); the
     * token after the title (where its own organization may follow: "as CEO of Acme"), or -1.
     */
    record Taken(String role, boolean its, boolean held, int endToken) {
    }

    /** «فلان مديرا ماليا», «فلانة مديرة عامة»: the title in the accusative right after the person, the post given, or null. */
    static RoleMatch accusativeTitle(Doc doc, Sentence s, int person) {
        return accusativeTitleAt(doc, s, doc.mention(person).endToken());
    }

    /** «مديرا», «مديرة عامة», «كاتبة عامة»: a single title in the accusative at {@code k}, or null. */
    static RoleMatch accusativeTitleAt(Doc doc, Sentence s, int k) {
        String n = k < s.endToken() ? doc.token(k).norm() : "";
        if (!n.endsWith("ا") && !n.endsWith("ه")) {
            return null; // «مديرا», and «مديرة» whose accusative is unwritten
        }
        RoleMatch r = RoleFacts.match(doc, k, s.endToken());
        return r != null && !r.group() ? r : null;
    }

    /** How long a title or description apposed to the subject between commas may run. */
    private static final int APPOSITION_WORDS = 12;

    /** «وهو», «وهي»: a pronoun opening what the one named before is. */
    private static final Set<String> APPOSED_PRONOUNS = WordSet.of("وهو", "وهي");

    /**
     * «، المدير العام السابق لشركة Y،», «، وهو مصرفي سابق،»: a comma at {@code k} opening a title or a description apposed
     * to the name before it.
     */
    private static boolean apposedAfter(Doc doc, Sentence s, int k) {
        return k + 1 < s.endToken() && Grammar.isComma(doc.token(k)) && (RoleFacts.match(doc, k + 1, s.endToken()) != null
                || APPOSED_PRONOUNS.contains(doc.token(k + 1).norm()));
    }

    /** "joined OpenAI as chief financial officer", «منصب الرئيس التنفيذي», «من منصبه كرئيس تنفيذي»: the title taken, or null. */
    static Taken roleAs(Doc doc, Sentence s, int from) {
        int first = from;
        if (first > 0 && first + 1 < s.endToken() && doc.token(first).is("of") && PostNounPhrases.POST_NOUNS.contains(doc.token(first - 1).norm())) {
            first++; // "accepted the position of chief operating officer": the post word closed the trigger
        }
        Opening opening = opening(doc, s, first);
        first = opening.first();
        boolean promotion = from > s.firstToken() && PROMOTING.contains(doc.token(from - 1).norm());
        RoleMatch direct = first < s.endToken() ? RoleFacts.match(doc, first, s.endToken()) : null;
        if (direct != null && !direct.group() && !beforePerson(doc, s, direct)) {
            return new Taken(direct.mainRole(), opening.its() || direct.possessive(), false, direct.endToken()); // "will become its chief operating officer"
        }
        // up to a dozen words: "appointed aerospace industry veteran Robert “Kelly” Ortberg as its new CEO"
        for (int k = from; k < Math.min(s.endToken(), from + 12); k++) { // to the end: a headline has no full stop
            Token t = doc.token(k);
            int m = doc.mentionAt[k];
            int pastName = m >= 0 ? Grammar.pastQuotes(doc, s, doc.mention(m).endToken()) : -1;
            if (m >= 0 && doc.type(m) == EntityType.PERSON && apposedAfter(doc, s, pastName)) {
                pastName = Grammar.afterAside(doc, s, pastName, APPOSITION_WORDS); // «عينت X فلانا، مديرها السابق، رئيسا»
            }
            if (m >= 0 && pastName < s.endToken() && doc.token(pastName).script() == Script.ARABIC
                    && (doc.type(m) == EntityType.PERSON && (doc.token(pastName).norm().endsWith("ا")
                            || kafAs(doc.token(pastName))) // «عين X فلانا كرئيس تنفيذي»
                    || doc.type(m) == EntityType.ORGANIZATION && joinedAs(doc, s, pastName))) {
                RoleMatch r = RoleFacts.match(doc, titleSlot(doc, s, pastName, false), s.endToken());
                if (r != null && !r.group() && !beforePerson(doc, s, r)) {
                    // "عينت X سلطان الجابر رئيسا تنفيذيا", «انضمت X إلى بنك Y مديرة للمخاطر»
                    return new Taken(r.mainRole(), r.possessive(), false, r.endToken());
                }
            }
            int replaced = k + 1 < s.endToken() && t.isWord() && m < 0 ? doc.mentionAt[k + 1] : -1;
            if (replaced >= 0 && k > from && doc.mentionAt[k - 1] >= 0 && doc.mention(doc.mentionAt[k - 1]).startToken() == from
                    && Movers.replacedHere(doc, s, replaced)) {
                // «تعيين X خلفا لـY لرئاسة مجلس الإدارة»: the post follows the one replaced
                return roleAs(doc, s, doc.mention(replaced).endToken());
            }
            int object = apposedAfter(doc, s, k) ? Grammar.afterAside(doc, s, k, APPOSITION_WORDS) : k;
            if (k > from && object < s.endToken() && doc.token(object).isWord() && m < 0 && doc.mentionAt[k - 1] >= 0
                    && doc.type(doc.mentionAt[k - 1]) == EntityType.PERSON && doc.mention(doc.mentionAt[k - 1]).startToken() == from
                    && !doc.token(object).norm().startsWith("و")) { // verb, subject, then the post as object
                // «سيتولى X، المدير العام السابق لشركة Y، إدارة شركة Z»: the subject's current or past title stands between
                Opening post = opening(doc, s, object); // "named X its new chief executive"
                RoleMatch r = RoleFacts.match(doc, post.first(), s.endToken());
                if (r != null && !r.group() && !r.deputyOnly()) {
                    return new Taken(r.mainRole(), post.its() || r.possessive(), false, r.endToken()); // «تولى X رئاسة …», "named X CEO"
                }
                Taken office = office(doc, s, post.first());
                if (office != null) {
                    return office;
                }
            }
            if (PLURAL_POSTS.contains(Clitics.bare(t.norm()))) {
                return new Taken(null, false, true, k + 1);
            }
            int at = titleSlot(doc, s, k, promotion);
            if (at > k && at < s.endToken()) {
                Opening slot = opening(doc, s, at); // "as its new chief executive", "as the company's CFO"
                RoleMatch r = RoleFacts.match(doc, slot.first(), s.endToken());
                if (r != null && !r.group()) {
                    return new Taken(r.mainRole(), slot.its() || r.possessive(), false, r.endToken());
                }
            }
            if (Clitics.bare(t.norm()).equals("مجلس") && k + 1 < s.endToken() && k - 2 >= s.firstToken()
                    && Clitics.bare(doc.token(k + 1).norm()).startsWith("اداره")
                    && (SEATS.contains(Clitics.bare(doc.token(k - 1).norm())) || SEATS.contains(Clitics.bare(doc.token(k - 2).norm())))) {
                return new Taken("board member", false, false, -1); // «سيشغل مقعدا في مجلس إدارة G42»
            }
            if (t.is("board") && (doc.token(k - 1).is("'s") || k + 1 < s.endToken() && doc.token(k + 1).is("of"))) {
                return new Taken("board member", false, false, -1); // "will join Acme's board", "joins the board of Acme"
            }
            if (Grammar.isComma(t)) {
                int named = pastSetOffName(doc, s, k);
                if (named > 0 && takenAfterName(doc.token(named))) {
                    RoleMatch r = RoleFacts.match(doc, titleSlot(doc, s, named, false), s.endToken());
                    // «عيّن مجلس إدارة X، Y، رئيسا تنفيذيا», «…، Y، لمنصب رئيس مجلس الإدارة»
                    return r == null || r.group() ? null : new Taken(r.mainRole(), r.possessive(), false, r.endToken());
                }
                if (named > 0 && doc.token(named).is("as")) {
                    k = named - 1; // "named current chairman, X, as CEO": the post follows the name set off
                    continue;
                }
                int hired = hiredAfterComma(doc, s, k); // «عينت X المتخصصة في …، فلان رئيسا تنفيذيا»
                if (hired >= 0) {
                    RoleMatch r = RoleFacts.match(doc, doc.mention(hired).endToken(), s.endToken());
                    return r.group() ? null : new Taken(r.mainRole(), r.possessive(), false, r.endToken());
                }
                int past = pastAge(doc, s, k);
                if (past < 0) {
                    past = pastApposition(doc, s, k, from);
                }
                if (past < 0) {
                    return null;
                }
                k = past - 1; // «وسيتولى X، 53 عاما، منصب …», "hired X, a former Google banker, as": what is set off
            }
        }
        return null;
    }

    /**
     * «انضم X إلى شركة Y رئيسا تنفيذيا», «التحقت X ببنك Y مديرةً للمخاطر»: a title right after the organization joined,
     * in the accusative of the post taken (ـا), or the feminine whose accusative is not written (ـة), names the post.
     */
    private static boolean joinedAs(Doc doc, Sentence s, int k) {
        String n = doc.token(k).norm();
        return (n.endsWith("ا") || n.endsWith("ه")) && !n.startsWith("ال") && k - 1 >= s.firstToken()
                && !Grammar.isComma(doc.token(k - 1));
    }

    /** Where a taken title starts past its opening words, and whether they make it the organization's own. */
    private record Opening(int first, boolean its) {
    }

    /**
     * Past the words that open a taken title: "its new", "the", and "the company's", which like "its" makes the title
     * the organization's own ("as the company's chief operating officer").
     */
    private static Opening opening(Doc doc, Sentence s, int at) {
        boolean its = false;
        while (at < s.endToken() - 1) {
            Token t = doc.token(at);
            if (ROLE_FILLERS.contains(t.norm())) {
                its |= ORGANIZATION_PRONOUNS.contains(t.norm());
                at++;
            } else if (at + 2 < s.endToken() && Anaphora.isNoun(t) && doc.token(at + 1).is("'s")
                    && Anaphora.phraseEndingAt(doc, at, s) >= 0) {
                its = true;
                at += 2;
            } else if (doc.mentionAt[at] >= 0 && doc.type(doc.mentionAt[at]) == EntityType.ORGANIZATION
                    && doc.mention(doc.mentionAt[at]).endToken() + 1 < s.endToken()
                    && doc.token(doc.mention(doc.mentionAt[at]).endToken()).is("'s")) {
                at = doc.mention(doc.mentionAt[at]).endToken() + 1; // "as Acme's chief executive": the post is past its owner
            } else if (doc.mentionAt[at] >= 0 && doc.type(doc.mentionAt[at]) == EntityType.ORGANIZATION
                    && doc.mention(doc.mentionAt[at]).endToken() < s.endToken()
                    && RoleFacts.match(doc, doc.mention(doc.mentionAt[at]).endToken(), s.endToken()) != null) {
                at = doc.mention(doc.mentionAt[at]).endToken(); // "resigns as Acme chairman": the company names the post
            } else {
                break;
            }
        }
        return new Opening(at, its);
    }

    /** «رئاسة», «إدارة»: verbal nouns of heading and managing, the office taken named by the doing of it. */
    private static final Set<String> HEADING = WordSet.of("رئاسه");
    /** «رئاستها», «رئاسته»: its headship, the organization named before; executive («التنفيذية») it is the CEO's. */
    private static final Set<String> ITS_HEADING = WordSet.of("رئاستها", "رئاسته");
    private static final Set<String> MANAGING = WordSet.of("اداره", "ادارتها", "ادارته");
    /** How far the executive adjective may stand after «رئاسة», past the organization's name. */
    private static final int OFFICE_REACH = 8;

    /**
     * «تولى المجالي رئاسة شركة طيران الخليج التنفيذية»: the executive headship is the CEO's post; «تولى الراشد
     * إدارتها»: managing a company is its general manager's. A headship otherwise says no post («رئاسة مجلس الإدارة»
     * is read as a title elsewhere); null.
     */
    private static Taken office(Doc doc, Sentence s, int at) {
        String word = Clitics.bare(doc.token(at).norm());
        if (MANAGING.contains(word) && !(at + 1 < s.endToken() && Clitics.bare(doc.token(at + 1).norm()).equals("مجلس"))) {
            return new Taken("general manager", word.endsWith("ها") || word.endsWith("ه") && !word.equals("اداره"), false, at + 1);
        }
        if (ITS_HEADING.contains(word) && at + 1 < s.endToken() && doc.token(at + 1).is("التنفيذيه")) {
            return new Taken("CEO", true, false, at + 2); // «وتولى فلان رئاستها التنفيذية»
        }
        if (!HEADING.contains(word)) {
            return null;
        }
        for (int k = at + 1; k < Math.min(s.endToken(), at + OFFICE_REACH); k++) {
            if (doc.mentionAt[k] < 0 && doc.token(k).is("التنفيذيه") && doc.mentionAt[k - 1] >= 0) {
                return new Taken("CEO", false, false, at + 1);
            }
        }
        return null;
    }

    /**
     * The person right after the comma at {@code comma}, closed by another comma («، عمر خالد،») or by the sentence's
     * end ("announced the dismissal of its chief executive, Jane Roe."), or -1.
     */
    static int setOffPerson(Doc doc, Sentence s, int comma) {
        int m = comma + 1 < s.endToken() ? doc.mentionAt[comma + 1] : -1;
        if (m < 0 || doc.type(m) != EntityType.PERSON || doc.mention(m).startToken() != comma + 1) {
            return -1;
        }
        int after = doc.mention(m).endToken();
        return after >= s.endToken() || Grammar.isComma(doc.token(after)) || after == s.endToken() - 1 && doc.token(after).is(".") ? m : -1;
    }

    /**
     * «عينت مجموعة X المتخصصة في صناعة السيارات، السويدي فلان رئيسا تنفيذيا»: after the comma closing the hirer's
     * description, the person (a definite nisba of his origin before the name at most) with the post he is given in the
     * accusative right after the name; or -1.
     */
    static int hiredAfterComma(Doc doc, Sentence s, int comma) {
        int j = comma + 1;
        if (j + 1 < s.endToken() && doc.mentionAt[j] < 0 && originNisba(doc.token(j))) {
            j++;
        }
        int m = j < s.endToken() ? doc.mentionAt[j] : -1;
        if (m < 0 || doc.type(m) != EntityType.PERSON || doc.mention(m).startToken() != j) {
            return -1;
        }
        int after = doc.mention(m).endToken();
        return after < s.endToken() && takenAfterName(doc.token(after)) && RoleFacts.match(doc, after, s.endToken()) != null ? m : -1;
    }

    /** «السويدي», «الأمريكى»: a definite nisba adjective (ي or ى as written), the origin a name may follow. */
    private static boolean originNisba(Token t) {
        String n = t.norm();
        return t.script() == Script.ARABIC && n.startsWith("ال") && n.length() >= 5 && (n.endsWith("ي") || n.endsWith("ى"));
    }

    /** After «، Y،» at the comma {@code k} (a person set off by commas): the token past the closing comma, or -1. */
    private static int pastSetOffName(Doc doc, Sentence s, int k) {
        int m = setOffPerson(doc, s, k);
        int past = m < 0 ? -1 : doc.mention(m).endToken() + 1;
        return past < s.endToken() ? past : -1;
    }

    /**
     * A title told after a name as the post taken: in the accusative («رئيسا», «مديرا») or after «لمنصب»; an apposed
     * title held now is definite or construct («الرئيس التنفيذي», «رئيس مجلس»).
     */
    private static boolean takenAfterName(Token t) {
        String n = Clitics.withoutConjunction(t.norm());
        return t.script() == Script.ARABIC && (n.equals("لمنصب") || n.length() > 3 && n.endsWith("ا") && !n.startsWith("ال"));
    }

    private static final Set<String> YEARS_OLD = WordSet.of("عاما", "عام", "سنه", "سنة");

    /** After «، 53 عاما،» at the comma {@code k}: the token past the closing comma, or -1 when no age is set off there. */
    private static int pastAge(Doc doc, Sentence s, int k) {
        return k + 4 < s.endToken() && doc.token(k + 1).script() == Script.NUMBER
                && YEARS_OLD.contains(doc.token(k + 2).norm()) && Grammar.isComma(doc.token(k + 3)) ? k + 4 : -1;
    }

    /** Verbs of promotion, whose "to" leads to the post taken: "promoted X to president", "elevated to CFO". */
    private static final Set<String> PROMOTING = WordSet.of("promoted", "promotes", "promote", "promoting", "elevated",
            "elevates", "elevate", "elevating", "promotion");

    /**
     * After ", a former Google banker," or ", 52," set off right after the person named first after the verb, when "as"
     * follows ("hired Jane Roe, a former Google banker, as CFO"): the token of that "as", or -1.
     */
    private static int pastApposition(Doc doc, Sentence s, int comma, int from) {
        int m = doc.mentionAt[comma - 1];
        if (m < 0 || doc.type(m) != EntityType.PERSON || doc.mention(m).startToken() != from
                || doc.token(from).script() != Script.LATIN) {
            return -1;
        }
        for (int k = comma + 1; k < Math.min(s.endToken() - 1, comma + 12); k++) {
            if (Grammar.isComma(doc.token(k))) {
                return doc.token(k + 1).is("as") ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** «بصفته مديراً للتسويق» (in the capacity of), «مهامه رئيساً تنفيذياً» (his duties as): the title after it is taken. */
    private static final Set<String> CAPACITY = WordSet.of("بصفته", "بصفتها", "بصفتهم", "وبصفته", "وبصفتها");

    /** ك, "as", before a title, written apart («كـ رئيس») or on it («كرئيس»). */
    private static boolean kafAs(Token t) {
        return t.script() == Script.ARABIC && t.norm().startsWith("ك");
    }

    /**
     * Where the title after a post word starts: "as X", "the role of X", after a verb of promotion "to X", «منصب X»,
     * «منصبه كـX», «بصفته X», «بمهام X»; else k itself.
     */
    private static int titleSlot(Doc doc, Sentence s, int k, boolean promotion) {
        Token t = doc.token(k);
        if (t.is("as") || promotion && t.is("to") || kafAs(t) && t.norm().length() == 1) {
            return k + 1; // «كـ رئيس» written apart; «كرئيس» is read with its clitic
        }
        if (PostNounPhrases.POST_NOUNS.contains(t.norm()) && k + 2 < s.endToken() && doc.token(k + 1).is("of")) {
            return k + 2;
        }
        String bare = Clitics.bare(t.norm());
        // «بمهام الرئيس التنفيذي»: the duties of a post, which one tasked with them takes
        return bare.equals("منصب") || bare.equals("منصبه") || bare.equals("منصبها") || bare.equals("مهام")
                || CAPACITY.contains(t.norm()) || HeldPosts.DUTIES.contains(t.norm()) ? k + 1 : k;
    }

    /**
     * A title written before a name ("the leavers: researcher X", "named current chairman, X, as CEO") is that person's
     * present title, not a new one.
     */
    private static boolean beforePerson(Doc doc, Sentence s, RoleMatch r) {
        int k = Grammar.pastQuotes(doc, s, RoleFacts.skipHonorifics(doc, s, r.endToken()));
        if (k < s.endToken() && Grammar.isComma(doc.token(k)) && doc.token(r.startToken()).script() == Script.LATIN) {
            return setOffPerson(doc, s, k) >= 0;
        }
        return k < s.endToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON;
    }

    /** A title and the organization it is held at, as written before a person's name. */
    record Title(String role, String org) {
    }

    /**
     * «الرئيس التنفيذي لشركة أرابتك، حسن إسميك»: a title whose organization is named
     * between it and the person; null when the words before the name are not such a title.
     */
    static Title titleOfOrganizationBefore(Doc doc, Sentence s, int person) {
        int start = doc.mention(person).startToken();
        for (int k = Math.max(s.firstToken(), start - 12); k < start; k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            RoleMatch r = RoleFacts.match(doc, k, start);
            if (r == null || r.group() || r.deputyOnly() || RoleFacts.personAfterOrganization(doc, s, r.endToken()) != person) {
                continue;
            }
            String org = RoleEmployers.orgAfter(doc, s, r.endToken());
            return org == null ? null : new Title(r.mainRole(), org);
        }
        return null;
    }

    /**
     * The title written right before a person's name ("المهندس روهان فارما" → engineer), or null; quotes around the
     * name do not part them («رئيس مجلس إدارتها "بول سميث"»).
     */
    static String roleBefore(Doc doc, Sentence s, int person) {
        RoleMatch r = titleBefore(doc, s, person);
        return r == null ? null : r.mainRole();
    }

    /** "its CEO X had resigned": whether the title right before the name is owned by "its" or "their". */
    static boolean pronounOwnedTitleBefore(Doc doc, Sentence s, int person) {
        RoleMatch r = titleBefore(doc, s, person);
        return r != null && r.startToken() > s.firstToken() && ORGANIZATION_PRONOUNS.contains(doc.token(r.startToken() - 1).norm());
    }

    /** The title ending right before the name (past opening quotes), or null. */
    private static RoleMatch titleBefore(Doc doc, Sentence s, int person) {
        int start = doc.mention(person).startToken();
        while (start - 1 > s.firstToken() && doc.mentionAt[start - 1] < 0 && Grammar.isQuote(doc.token(start - 1))) {
            start--;
        }
        for (int k = Math.max(s.firstToken(), start - 6); k < start; k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            RoleMatch r = RoleFacts.match(doc, k, start);
            if (r != null && r.endToken() == start && !r.group()) {
                return r;
            }
        }
        return null;
    }

    /**
     * The title a person holds now, written before the name, right before it ("board member X") or set off by a comma
     * ("named current chairman, X, as CEO"), or null.
     */
    static String titleHeld(Doc doc, Sentence s, int person) {
        String before = roleBefore(doc, s, person);
        int comma = doc.mention(person).startToken() - 1;
        if (comma > s.firstToken() && RoleFacts.personsNationality(doc, comma)) {
            comma--; // «رئيس مجلس إدارتها، البريطاني جون باركر»
        }
        if (before != null || comma <= s.firstToken() || !Grammar.isComma(doc.token(comma))) {
            return before;
        }
        return titleUpTo(doc, s, Math.max(s.firstToken(), comma - 6), comma);
    }

    /** A title (past "current", "its" …) that ends at token {@code end}, starting from {@code from} on, or null. */
    static String titleUpTo(Doc doc, Sentence s, int from, int end) {
        for (int k = from; k < end; k++) {
            if (doc.mentionAt[k] >= 0) {
                continue;
            }
            RoleMatch r = RoleFacts.match(doc, opening(doc, s, k).first(), end);
            if (r != null && r.endToken() == end && !r.group()) {
                return r.mainRole();
            }
        }
        return null;
    }

    /** A title apposed to a person and the employer it names, if any. */
    private record Apposed(RoleMatch title, String org) {
    }

    /**
     * The title apposed to a person ("X, Acme's CFO,", "X, its chief operating officer,", «X، المدير المالي لشركة
     * بوينغ،»): the post held now, or null.
     */
    private static Apposed apposed(Doc doc, Sentence s, int person) {
        int k = doc.mention(person).endToken();
        if (k + 1 >= s.endToken() || !Grammar.isComma(doc.token(k))) {
            return null;
        }
        k++;
        while (k < s.endToken() - 1 && ROLE_FILLERS.contains(doc.token(k).norm())) {
            k++;
        }
        if (takenAfterName(doc.token(k))) {
            return null; // «انتخب المجلس X، لمنصب رئيس مجلس الإدارة», «عيّن X، رئيسا»: the post X is chosen for, not one held
        }
        int m = doc.mentionAt[k];
        if (m >= 0) {
            int after = doc.mention(m).endToken();
            boolean possessive = doc.type(m) == EntityType.ORGANIZATION && after + 1 < s.endToken() && doc.token(after).is("'s");
            RoleMatch r = possessive ? RoleFacts.match(doc, after + 1, s.endToken()) : null;
            return r != null && !r.group() && !r.deputyOnly() ? new Apposed(r, doc.id(m)) : null;
        }
        RoleMatch r = RoleFacts.match(doc, k, s.endToken());
        if (r != null && r.mainRole().startsWith("acting ")) {
            return null; // «X، القائم بأعمال الرئيس التنفيذي،» named to the post: held for now, taken for good
        }
        return r == null || r.group() || r.deputyOnly() ? null : new Apposed(r, RoleEmployers.orgAfter(doc, s, r.endToken()));
    }

    /** The employer of the title apposed to a person ("X, Acme's CFO,"), or null. */
    static String apposedEmployer(Doc doc, Sentence s, int person) {
        Apposed a = apposed(doc, s, person);
        return a == null ? null : a.org();
    }

    /** The title apposed to a person ("the resignation of X, its chief operating officer"), or null. */
    static String apposedRole(Doc doc, Sentence s, int person) {
        Apposed a = apposed(doc, s, person);
        return a == null ? null : a.title().mainRole();
    }
}
