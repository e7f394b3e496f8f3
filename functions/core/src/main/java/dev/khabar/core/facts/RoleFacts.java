package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.roles.EnglishRoles;
import dev.khabar.core.roles.PostNounPhrases;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ROLE and FOUNDED facts from titles: "مارك زوكربيرج، الرئيس التنفيذي لميتا", "Mark Chen, OpenAI's chief research
 * officer", "Scale AI's CEO Alexandr Wang", "ونائبه بهاء الشافعي" (deputy of the title just named), "قيادات سابقة في
 * الشركة مثل …" (untitled leaders). A former title is still a ROLE; "founder" gives FOUNDED.
 */
final class RoleFacts {
    /**
     * Courtesy words and military ranks between a title and a name: "الرئيس التنفيذي السيد أحمد", "chief executive Mr.
     * Roe", "Acme chairman Sheikh Rashid", «رئيس هيئة الأركان اللواء الركن فلان».
     */
    private static final Set<String> HONORIFICS = WordSet.of("السيد", "السيده", "الدكتور", "الدكتوره", "د", "الاستاذ",
            "اللواء", "العميد", "العقيد", "الركن", "المهندس", "المهندسه",
            "سمو", "معالي", "سعاده", "الامير", "الاميره", "الشيخ", "الشيخه", "م", "صاحب", "صاحبه", "السمو", "الملكي", "المعالي",
            "الاستاذه", "الكابتن", "mr", "ms", "mrs", "dr", "sir", "dame", "lord", "prof", "professor", "commodore", "colonel", "brigadier",
            "lieutenant", "lt", "col", "capt", "cmdr", "sheikh", "sheikha", "shaikh", "shaikha", ".");
    /** Adverbs of an apposed title: "Jane Roe, previously the CFO of Acme". */
    private static final Set<String> APPOSITION_ADVERBS = WordSet.of("previously", "formerly", "now", "currently", "also",
            "then", "once", "until", "recently", "most", "وهو", "وهي", "هو", "هي"); // «فلان، وهو رئيس X»
    /** Verbs that tie a subject to a predicate title: "X is the CEO", "X will remain chair". */
    static final Set<String> COPULAS = WordSet.of("is", "was", "remains", "remained", "remain", "will", "would", "be",
            "been", "has", "had", "stays", "stayed", "ظل", "يظل", "سيظل", "تظل", "ستظل", "يبقي", "سيبقي", "تبقي",
            "ستبقي", "بات", "لايزال", "يزال", "مازال", "مايزال", "كان");
    /**
     * Titles whose holder works for someone other than the story's company (an analyst covers it, a minister governs),
     * so an unstated employer is not guessed for them.
     */
    private static final Set<String> OUTSIDE_TITLES = WordSet.of("analyst", "minister", "governor", "secretary",
            "researcher", "scientist", "engineer", "partner", "counsel", "adviser", "spokesperson", "spokesman",
            "spokeswoman", "fellow");


    private RoleFacts() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        String lastRole = null;
        String lastOrg = null;
        int lastHolder = -1;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (doc.mentionAt[i] >= 0) {
                continue;
            }
            possessedPerson(doc, s, i, out);
            foundersListed(doc, s, i, out);
            affiliated(doc, s, i, out);
            ChairedBy.find(doc, s, i, out);
            RoleMatch r = match(doc, i, s.endToken());
            if (r == null) {
                continue;
            }
            int end = r.endToken();
            if (r.group()) {
                String org = RoleEmployers.orgAfter(doc, s, end);
                if (org == null && end + 1 < s.endToken() && doc.token(end).is("from") && listComma(doc, s, r) >= 0) {
                    org = RoleEmployers.orgAfter(doc, s, end + 1); // "A and B, two executives from X": where they come from
                }
                if (org == null) {
                    org = RoleEmployers.relativeTitle(doc, s, r.startToken()); // "Kelvo, whose co-founders A and B"
                }
                boolean founders = doc.token(r.endToken() - 1).norm().endsWith("founders");
                int named = end < s.endToken() ? doc.mentionAt[end] : -1;
                if (org == null && founders) {
                    org = foundersOwner(doc, s, r.startToken());
                }
                if (org == null && founders && named >= 0 && doc.type(named) == EntityType.PERSON
                        && doc.mention(named).startToken() == end && !ownedTitle(doc, s, r.startToken())) {
                    org = RoleEmployers.storyCompany(doc, s, named); // "Founders A and B have aimed to …": the story's company
                    org = joinedIn(doc, s, org) ? null : org;
                }
                if (org != null) {
                    // "X, whose founders left Google, hired Y": Y founded nothing
                    for (int m : doc.mentionsIn(end, Grammar.clauseOrWhoseEnd(doc, i, s))) {
                        if (doc.type(m) == EntityType.PERSON) { // "Kelvo, whose co-founders A and B": founders of Kelvo
                            out.add(founders ? FactType.FOUNDED : FactType.ROLE, doc.id(m), org, null, null, null, null, null,
                                    Attributes.evidence(doc, s), 0.5);
                        }
                    }
                }
                List<Integer> subjects = coordinatedSubjects(doc, s, r);
                // an apposed title names its company after it, or none: "A and B, two former executives" of somewhere unnamed
                String employer = org != null || subjects.isEmpty() || listComma(doc, s, r) >= 0 ? org
                        : RoleEmployers.storyCompany(doc, s, subjects.get(0));
                for (int m : employer == null ? List.<Integer>of() : subjects) { // "A and B have been co-CEOs (of X)"
                    int from = r.startToken() >= 2 && doc.token(r.startToken() - 1).is("-") && doc.token(r.startToken() - 2).is("co")
                            ? r.startToken() - 2 : r.startToken(); // "co-chief executive officers": each is a co-CEO
                    from += doc.token(from).is("former") ? 1 : 0; // "two former executives of X": a ROLE, as any former title
                    String role = founders ? null : EnglishRoles.singular(doc.tokens, from, r.endToken());
                    out.add(founders ? FactType.FOUNDED : FactType.ROLE, doc.id(m), employer, null, null, null, role, null,
                            Attributes.evidence(doc, s), 0.5);
                }
                if (org == null && subjects.isEmpty() && !founders && lastOrg != null && joinedToTitled(doc, s, r.startToken())) {
                    // "with its CEO, A, as well as directors, B and C": more people of the company just named, each
                    // holding one of the plural title
                    String role = doc.token(r.startToken()).script() == Script.ARABIC ? r.mainRole()
                            : EnglishRoles.singular(doc.tokens, r.startToken(), r.endToken());
                    for (String holder : namedAfter(doc, s, end)) {
                        out.add(FactType.ROLE, holder, lastOrg, null, null, null, role, null, Attributes.evidence(doc, s), 0.5);
                    }
                }
                i = end - 1;
                continue;
            }
            int person = personAround(doc, s, r);
            if (person >= 0 && officeTakenAfterReplaced(doc, s, r, person)) {
                i = end - 1;
                continue; // «خلفا لـY لرئاسة مجلس الإدارة»: the post the newcomer takes, which the move tells
            }
            if (person < 0) {
                person = personAfterOrganization(doc, s, end);
            }
            boolean secondTitleAhead = false; // the name is read again with the second title, which is not skipped
            if (person < 0 && doc.token(r.startToken()).script() == Script.ARABIC) {
                person = personAfterConjoinedTitle(doc, s, end);
                secondTitleAhead = person >= 0;
            }
            if (person < 0 && lastHolder >= 0 && coordinated(doc, s, r.startToken())
                    && doc.token(r.startToken()).script() == Script.LATIN) {
                person = lastHolder; // "has served as president of A, president of B and …": the titles of one career
            }
            int before = r.startToken() - 1;
            if (person < 0 && lastHolder >= 0 && conjoinedTitle(doc, s, r) && before > s.firstToken() && doc.mentionAt[before] >= 0
                    && doc.type(doc.mentionAt[before]) == EntityType.ORGANIZATION) {
                person = lastHolder; // «فلان، مؤسس X ومديرها التنفيذي»: a second title of the one just titled
            }
            if (person < 0 && lastHolder >= 0 && StackedTitles.follows(doc, s, r, lastOrg)) {
                person = lastHolder; // «فلان، رئيس X، عضو مجلس إدارة Y»: the next post of the one just titled
            }
            if (person >= 0 && doc.mention(person).startToken() == end && apposedTitleAfter(doc, s, person)) {
                i = end - 1;
                continue; // «والمهندس X رئيس مجلس إدارة Y»: a courtesy title; the post is the one after the name
            }
            String org;
            String role;
            if (r.deputyOnly()) {
                org = lastOrg;
                role = lastRole == null ? null : "deputy " + lastRole;
            } else if (person >= 0 && bracketedAfterName(doc, s, r.startToken()) == person) {
                org = bracketedEmployer(doc, s, end); // the brackets hold the whole post: no employer is sought outside them
                if (org == null && end < s.endToken() && doc.token(end).is(")") && !outsideTitle(r)) {
                    org = bareBracketedEmployer(doc, s, person); // "founders A (CEO) and B (COO)": the post alone
                }
                role = r.mainRole();
            } else {
                // a held post's employer is its complement, not the sentence's earlier company: «…، وكان يشغل منصب الرئيس التنفيذي لـY»
                org = HeldPosts.after(doc, s, r.startToken()) ? HeldPosts.employer(doc, s, r.startToken(), end) : null;
                if (org == null) {
                    org = RoleEmployers.orgBefore(doc, s, r, person);
                }
                if (org == null) {
                    org = RoleEmployers.orgAfter(doc, s, end);
                }
                if (org == null) {
                    org = RoleEmployers.relativeTitle(doc, s, r.startToken());
                }
                if (org == null && r.possessive()) {
                    org = RoleEmployers.possessiveOwner(doc, s, r.startToken(), out);
                }
                if (org == null && person >= 0 && doc.mention(person).startToken() >= end) {
                    org = RoleEmployers.employerAfter(doc, s, person);
                }
                if (org == null && person >= 0 && lastOrg != null && coordinated(doc, s, r.startToken())
                        && !unnamedComplement(doc, s, end)) {
                    org = lastOrg; // "its founder X and president Y"
                }
                if (org == null && person >= 0 && end - 1 > r.startToken() && Anaphora.length(doc, end - 1, s) == 1) {
                    org = Anaphora.resolveNamed(doc, end - 1); // «الرئيس التنفيذي للمجموعة»: a title ending on the group named before
                }
                if (org == null && person >= 0) {
                    org = RoleEmployers.signedFor(doc, s, person);
                }
                if (org == null && person >= 0 && ownedByPronoun(doc, s, r.startToken())) {
                    org = Anaphora.previousDoer(doc, s); // "Acme shut down. Its co-founder Jane Roe said": its is Acme
                }
                if (org == null && person >= 0 && takenAsIts(doc, s, r.startToken(), person)) {
                    org = subjectOfIts(doc, s, person);
                    if (org == null) {
                        i = end - 1;
                        continue; // "its" stands for a company not named here: not the story's company
                    }
                }
                if (org == null && person >= 0 && !outsideTitle(r) && !listedLeaver(doc, s, r.startToken()) && !ofTheState(doc, s, end)
                        && !unnamedCompany(doc, s, end) && !severalCompanies(doc, s, end)) {
                    org = RoleEmployers.storyCompany(doc, s, person);
                }
                role = r.mainRole();
            }
            if (person >= 0 && org != null && !adjectiveOfNoun(doc, s, r, person)) {
                if (r.founder()) {
                    out.add(FactType.FOUNDED, doc.id(person), org, null, null, null, null, null, Attributes.evidence(doc, s), 0.7);
                }
                List<String> holders = new ArrayList<>(List.of(doc.id(person)));
                if (pluralTitle(doc, r) && doc.mention(person).startToken() >= end) {
                    NameLists.listAfter(doc, s, person, s.endToken(), Set.of(EntityType.PERSON), null, holders);
                } else if (pluralTitle(doc, r) && doc.mention(person).endToken() <= r.startToken()) {
                    holders.addAll(0, listedBefore(doc, s, person)); // «A وB مؤسسا شركة X»: the list the plural is apposed to
                }
                Tenures.Span tenure = r.founder() ? null : Tenures.of(doc, s, r, person);
                for (String holder : holders) {
                    if (r.founder() && !holder.equals(doc.id(person))) {
                        out.add(FactType.FOUNDED, holder, org, null, null, null, null, null, Attributes.evidence(doc, s), 0.7);
                    }
                    if (tenure != null) { // "had been the CEO of X since 2016": the post was taken then
                        out.add(FactType.EMPLOYMENT_START, holder, org, null, null, tenure.from(), role, null, Attributes.evidence(doc, s), 0.6);
                        if (tenure.to() != null) {
                            out.add(FactType.EMPLOYMENT_END, holder, org, null, null, tenure.to(), role, null, Attributes.evidence(doc, s), 0.6);
                        }
                    } else if (toBe(doc, s, r, person) || newlyTaken(doc, s, r) || apposedAs(doc, s, r, person, TAKEN_POSTS)) {
                        // «سيكون الرئيس التنفيذي لـX هو فلان», "its newly appointed CEO, X": a post taken now
                        out.add(FactType.EMPLOYMENT_START, holder, org, null, null,
                                Attributes.date(doc, s, r.startToken(), FactType.EMPLOYMENT_START), role, null, Attributes.evidence(doc, s), 0.6);
                    } else if (apposedAs(doc, s, r, person, LEFT_POSTS)) { // "Acme's outgoing CEO, X": a post being left
                        out.add(FactType.EMPLOYMENT_END, holder, org, null, null,
                                Attributes.date(doc, s, r.startToken(), FactType.EMPLOYMENT_END), role, null, Attributes.evidence(doc, s), 0.6);
                    } else if (!r.founder() || r.roles().size() > 1) {
                        out.add(FactType.ROLE, holder, org, null, null, null, role, null, Attributes.evidence(doc, s), 0.7);
                        for (String also : RoleEmployers.coordinatedAfter(doc, s, end, org)) {
                            out.add(FactType.ROLE, holder, also, null, null, null, role, null, Attributes.evidence(doc, s), 0.7);
                        }
                    }
                }
                lastRole = role;
                lastOrg = org;
                lastHolder = person;
            }
            i = person >= 0 && doc.mention(person).startToken() >= end && !secondTitleAhead ? doc.mention(person).endToken() - 1 : end - 1;
        }
    }

    /**
     * «نائب الرئيس التنفيذي لمجموعة A والمدير العام لشركة B فلان»: an Arabic title whose employer is followed by a
     * second title joined by «و» belongs, like the second, to the name after the second; or -1.
     */
    private static int personAfterConjoinedTitle(Doc doc, Sentence s, int end) {
        int employer = -1;
        for (int m : doc.mentionsIn(end, Math.min(end + 2, s.endToken()))) {
            if (doc.type(m) == EntityType.ORGANIZATION) {
                employer = m;
                break;
            }
        }
        int next = employer < 0 ? s.endToken() : Grammar.pastQuotes(doc, s, doc.mention(employer).endToken());
        if (next >= s.endToken() || doc.mentionAt[next] >= 0 || !doc.token(next).norm().startsWith("و")) {
            return -1;
        }
        RoleMatch second = match(doc, next, s.endToken());
        if (second == null || second.group()) {
            return -1;
        }
        int person = personAround(doc, s, second);
        return person >= 0 && doc.mention(person).startToken() >= second.endToken() ? person : -1;
    }

    /**
     * «الرئيس التنفيذي لشركة فوري», «رئيس مجلس إدارة « شركة دله الصحية»», «مدير بنك X»: a title whose complement is an
     * organization's cue noun (with or without its ل, after a quote) before a name the entities did not find is held
     * there, not at the story's company.
     */
    private static boolean unnamedCompany(Doc doc, Sentence s, int end) {
        int cue = Grammar.pastQuotes(doc, s, end);
        if (cue + 1 >= s.endToken() || doc.mentionAt[cue] >= 0 || doc.token(cue).script() != Script.ARABIC
                || !Grammar.isArabicOrgCue(doc.token(cue))) {
            return false;
        }
        String n = Clitics.withoutConjunction(doc.token(cue).norm());
        if (n.startsWith("ال") || n.startsWith("لل") || n.startsWith("بال")) {
            return false; // «للشركة»: the company the story told of
        }
        int name = Grammar.pastQuotes(doc, s, cue + 1);
        return name < s.endToken() && doc.mentionAt[name] < 0 && doc.token(name).isWord()
                && !doc.token(name).norm().startsWith("ال");
    }

    /**
     * «منطقة», «إقليم», «أسواق», «دول»: the region or the markets an officer of the employer covers, which name a part
     * of the employer's business, not another employer.
     */
    private static final Set<String> EMPLOYER_AREAS = WordSet.of("منطقه", "اقليم", "اسواق", "دول");

    /**
     * «الأمين العام لمجلس …» with no organization found there: an Arabic title whose complement under «لـ» is an
     * indefinite noun names an employer of its own, not the one of the title before («للشركة» is that one).
     */
    private static boolean unnamedComplement(Doc doc, Sentence s, int end) {
        if (end >= s.endToken() || doc.mentionAt[end] >= 0 || doc.token(end).script() != Script.ARABIC) {
            return false;
        }
        String n = doc.token(end).norm();
        // «لقطاع الأفراد», «لمنطقة الخليج»: a unit or region of the employer, not another employer
        return n.startsWith("ل") && !n.startsWith("لل") && n.length() > 3 && RoleEmployers.departmentEnd(doc, s, end) == end
                && !EMPLOYER_AREAS.contains(Clitics.bare(n));
    }

    /** «عدد من», «عدة»: a number of, before the plural of the companies a title is held in. */
    private static final Set<String> SEVERAL = WordSet.of("عدد", "لعدد", "بعدد", "عده", "لعده");
    /** Plural nouns of organizations: «الشركات», «البنوك», «المؤسسات». */
    private static final Set<String> PLURAL_BODIES = WordSet.of("الشركات", "شركات", "البنوك", "بنوك", "المصارف", "مصارف",
            "المؤسسات", "مؤسسات", "الجهات", "جهات", "المجموعات");
    /** How many words may stand between the title and «عدد من»: «في», «مجالس إدارة». */
    private static final int BEFORE_SEVERAL = 3;

    /**
     * «عضو مجلس إدارة في عدد من الشركات», «مستشار لعدة بنوك»: a title held in several companies left unnamed, none of
     * them the story's company.
     */
    private static boolean severalCompanies(Doc doc, Sentence s, int end) {
        for (int k = end; k < Math.min(s.endToken() - 1, end + BEFORE_SEVERAL); k++) {
            if (doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k))) {
                return false;
            }
            if (SEVERAL.contains(doc.token(k).norm())) {
                int plural = doc.token(k + 1).is("من") ? k + 2 : k + 1;
                if (plural < s.endToken() && PLURAL_BODIES.contains(doc.token(plural).norm())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** «رئيس الدولة», «رئيس مجلس الوزراء»: a title whose complement is the state, held in no company of the story. */
    private static final Set<String> STATE = WordSet.of("الدوله", "الوزراء", "الجمهوريه", "الحكومه", "البلاد");

    private static boolean ofTheState(Doc doc, Sentence s, int end) {
        return end < s.endToken() && STATE.contains(doc.token(end).norm());
    }

    /** «رئيسيه التنفيذيين», «مؤسسيها»: an Arabic title in the dual or plural, held by each person listed after it. */
    private static boolean pluralTitle(Doc doc, RoleMatch r) {
        Token t = doc.token(r.startToken());
        String n = Clitics.withoutConjunction(t.norm());
        // «مؤسسو X», «مديرو X»: a plural in construct; «مؤسسا X»: a dual in construct (read as an accusative, a founder still)
        return t.script() == Script.ARABIC && (n.endsWith("ين") || n.endsWith("يه") || n.endsWith("يها") || n.endsWith("ان")
                || n.endsWith("اه") || n.endsWith("اها") || n.endsWith("و") || r.founder() && (n.endsWith("ا") || n.endsWith("ي")));
    }

    /**
     * «مستثمر مؤسسي خالد العمري»: «مؤسسي» after an indefinite noun is the adjective "institutional" agreeing with it, no
     * founders' title (that one follows its founders, «A وB، مؤسسي شركة X»), so the name after it holds nothing.
     */
    private static boolean adjectiveOfNoun(Doc doc, Sentence s, RoleMatch r, int person) {
        int k = r.startToken() - 1;
        Token before = doc.token(k);
        return r.founder() && Clitics.withoutConjunction(doc.token(r.startToken()).norm()).endsWith("ي")
                && doc.mention(person).startToken() >= r.endToken() && k >= s.firstToken() && doc.mentionAt[k] < 0
                && before.script() == Script.ARABIC && !before.norm().startsWith("ال") && !Grammar.isComma(before);
    }

    /** «A، وB وC»: the persons joined by و or commas right before the person {@code m}, first to last. */
    private static List<String> listedBefore(Doc doc, Sentence s, int m) {
        List<String> before = new ArrayList<>();
        int current = m;
        while (true) {
            int k = doc.mention(current).startToken() - 1;
            boolean joined = Grammar.clitic(doc, doc.mention(current)).startsWith("و");
            while (k >= s.firstToken() && doc.mentionAt[k] < 0 && (doc.token(k).is("و") || Grammar.isComma(doc.token(k)))) {
                joined = true;
                k--;
            }
            int prev = joined && k >= s.firstToken() ? doc.mentionAt[k] : -1;
            if (prev < 0 || doc.type(prev) != EntityType.PERSON || doc.mention(prev).endToken() != k + 1) {
                return before;
            }
            before.add(0, doc.id(prev));
            current = prev;
        }
    }

    /** Whether an Arabic title follows the person's name directly or after a comma: «X رئيس مجلس إدارة Y». */
    private static boolean apposedTitleAfter(Doc doc, Sentence s, int person) {
        int k = doc.mention(person).endToken();
        if (k < s.endToken() && Grammar.isComma(doc.token(k))) {
            k++;
        }
        if (k >= s.endToken() || doc.token(k).script() != Script.ARABIC || doc.mentionAt[k] >= 0) {
            return false;
        }
        RoleMatch next = match(doc, k, s.endToken());
        return next != null && !next.group() && !next.deputyOnly();
    }

    /** "Acme's Jane Roe": a person presented by her organization works there, title unstated. */
    private static void possessedPerson(Doc doc, Sentence s, int i, FactCollector out) {
        if (!doc.token(i).is("'s") || i == s.firstToken() || i + 1 >= s.endToken()) {
            return;
        }
        int org = doc.mentionAt[i - 1];
        int person = doc.mentionAt[i + 1];
        if (org >= 0 && person >= 0 && doc.type(org) == EntityType.ORGANIZATION && doc.type(person) == EntityType.PERSON) {
            out.add(FactType.ROLE, doc.id(person), doc.id(org), null, null, null, null, null, Attributes.evidence(doc, s), 0.6);
        }
    }

    /**
     * "Jane Roe of Acme said", "Jane Roe, from the Acme Institute, said", «ماجد السويدي، من «إن 5»،»: a person presented
     * as from an organization works there.
     */
    private static void affiliated(Doc doc, Sentence s, int i, FactCollector out) {
        Token t = doc.token(i);
        if (!t.is("من") && !t.is("of") && !t.is("from") || i - 1 <= s.firstToken()) {
            return;
        }
        int before = Grammar.isComma(doc.token(i - 1)) ? i - 2 : i - 1;
        int person = doc.mentionAt[before];
        if (person < 0 || doc.type(person) != EntityType.PERSON || doc.mention(person).endToken() != before + 1) {
            return;
        }
        int k = i + 1;
        while (k < s.endToken() && doc.mentionAt[k] < 0 && (Grammar.isQuote(doc.token(k)) || doc.token(k).is("the"))) {
            k++;
        }
        int org = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (org < 0 || doc.type(org) != EntityType.ORGANIZATION) {
            return;
        }
        k = doc.mention(org).endToken();
        while (k < s.endToken() && Grammar.isQuote(doc.token(k))) {
            k++;
        }
        int board = k + 1 < s.endToken() && doc.token(k).is("'s") ? EnglishRoles.boardMemberEnd(doc.tokens, k + 1, s.endToken()) : -1;
        if (board < 0 && k + 2 < s.endToken() && doc.token(k).is("'s") && doc.token(k + 1).is("board")) {
            board = k + 2; // "Jane Roe, of Acme's board of directors, said"
        }
        if (board > 0) {
            out.add(FactType.ROLE, doc.id(person), doc.id(org), null, null, null, "board member", null, Attributes.evidence(doc, s), 0.5);
        } else if (k >= s.endToken() || Grammar.isComma(doc.token(k)) || Clitics.in(Movers.SPEECH_VERBS, doc.token(k).norm())
                || clauseVerb(doc.token(k))) {
            // "Jane Roe of Acme is set to succeed him": the name's own phrase ends at the verb; a noun after the
            // company ("Jane Roe of Acme fame", "the purchase by Jane Roe of Acme shares") keeps it going
            out.add(FactType.ROLE, doc.id(person), doc.id(org), null, null, null, null, null, Attributes.evidence(doc, s), 0.5);
        }
    }

    /** Auxiliaries, the infinitive marker and "set" that open the verb of the clause: "is set to", "will chair", "set to". */
    private static final Set<String> CLAUSE_AUXILIARIES = WordSet.of("is", "was", "are", "were", "has", "had", "have",
            "will", "would", "can", "could", "may", "might", "should", "must", "does", "did", "to", "also", "set");

    /** An English auxiliary or a past-tense verb ("joined"), the verb of the clause the name opens; nouns are not. */
    private static boolean clauseVerb(Token t) {
        if (t.script() != Script.LATIN || !t.isWord() || !Character.isLowerCase(t.surface().charAt(0))) {
            return false;
        }
        String w = t.norm();
        return CLAUSE_AUXILIARIES.contains(w) || w.length() > 4 && w.endsWith("ed");
    }

    /**
     * "hired Jane Roe as its CEO", "replaced A with B as its CEO": a post taken right after the person, owned by the
     * sentence's subject organization, which the move tells.
     */
    private static boolean takenAsIts(Doc doc, Sentence s, int title, int person) {
        return title - 2 >= s.firstToken() && TakenRoles.ORGANIZATION_PRONOUNS.contains(doc.token(title - 1).norm())
                && doc.token(title - 2).is("as") && doc.mention(person).endToken() == title - 2;
    }

    /** The organization "its" stands for: the sentence's subject, named or a noun standing for one ("The retailer"). */
    private static String subjectOfIts(Doc doc, Sentence s, int person) {
        String named = Movers.subjectOrganization(doc, s, person);
        int noun = named == null ? Anaphora.firstIn(doc, s, s.firstToken(), doc.mention(person).startToken()) : -1;
        return named != null ? named : noun >= 0 ? Anaphora.resolve(doc, noun) : null;
    }

    /** "Its co-founder", "their CEO" with no organization named before it in the sentence: the pronoun's company is told of before. */
    private static boolean ownedByPronoun(Doc doc, Sentence s, int title) {
        return title > s.firstToken() && TakenRoles.ORGANIZATION_PRONOUNS.contains(doc.token(title - 1).norm())
                && doc.mentionsIn(s.firstToken(), title - 1).isEmpty();
    }

    /** Prepositions that place the people of a list at a company: "engineers at Acme, including its co-founders A and B". */
    private static final Set<String> PEOPLE_AT = WordSet.of("at", "of", "from");

    /**
     * The company of the people a plural founders' title is picked out of: "several engineers at Acme, including
     * co-founders A and B" (the list's head works at Acme); else null.
     */
    private static String foundersOwner(Doc doc, Sentence s, int title) {
        int k = title - 1;
        if (k - 2 < s.firstToken() || !doc.token(k).is("including") || !Grammar.isComma(doc.token(k - 1))) {
            return null;
        }
        int org = doc.mentionAt[k - 2];
        if (org < 0 || doc.type(org) != EntityType.ORGANIZATION || doc.mention(org).startToken() - 1 < s.firstToken()) {
            return null;
        }
        return PEOPLE_AT.contains(doc.token(doc.mention(org).startToken() - 1).norm()) ? doc.id(org) : null;
    }

    /**
     * "Acme's founders A and B", "Acme co-founders A and B": a title its owner stands right before, which
     * {@link #foundersListed} reads; the story's company is then no owner of it.
     */
    private static boolean ownedTitle(Doc doc, Sentence s, int title) {
        int k = title - 1;
        if (k >= s.firstToken() && doc.token(k).is("'s")) {
            k--;
        }
        return k >= s.firstToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.ORGANIZATION;
    }

    /**
     * "cofounders A and B, with most of their team, will be joining Acme": the company founders join in the sentence,
     * which is not the one they founded (a buyer or new employer).
     */
    private static boolean joinedIn(Doc doc, Sentence s, String org) {
        for (int m : doc.mentionsIn(s.firstToken(), s.endToken())) {
            int before = doc.mention(m).startToken() - 1;
            if (doc.id(m).equals(org) && before >= s.firstToken() && BareJoins.JOIN.contains(doc.token(before).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Words before a founders' title naming no company: "the two cofounders, A and B", "its founders, A and B". */
    private static final Set<String> UNNAMED_FOUNDERS = WordSet.of("the", "its", "two", "three", "four", "both");

    /** "Acme co-founders Jane Roe and John Doe", "Acme's founders X and Y": each person listed founded Acme. */
    private static void foundersListed(Doc doc, Sentence s, int i, FactCollector out) {
        String n = doc.token(i).norm();
        int title = i;
        if (n.equals("co") && i + 2 < s.endToken() && doc.token(i + 1).is("-") && doc.token(i + 2).is("founders")) {
            title = i + 2;
        } else if (!n.equals("founders") && !n.equals("cofounders")) {
            return;
        }
        int k = i - 1;
        if (k >= s.firstToken() && doc.token(k).is("'s")) {
            k--;
        }
        int org = k >= s.firstToken() ? doc.mentionAt[k] : -1;
        boolean apposed = title + 2 < s.endToken() && Grammar.isComma(doc.token(title + 1));
        int firstAt = apposed ? title + 2 : title + 1;
        int first = firstAt < s.endToken() ? doc.mentionAt[firstAt] : -1;
        if (first < 0 || doc.type(first) != EntityType.PERSON) {
            return;
        }
        String company = org >= 0 && doc.type(org) == EntityType.ORGANIZATION ? doc.id(org)
                : apposed && k >= s.firstToken() && UNNAMED_FOUNDERS.contains(doc.token(k).norm())
                ? RoleEmployers.storyCompany(doc, s, first) : null; // "including the two cofounders, A and B"
        if (company == null || org < 0 && joinedIn(doc, s, company)) {
            return;
        }
        List<String> founders = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, s.endToken(), Set.of(EntityType.PERSON), null, founders);
        for (String founder : founders) {
            out.add(FactType.FOUNDED, founder, company, null, null, null, null, null, Attributes.evidence(doc, s), 0.7);
        }
    }

    private static boolean coordinated(Doc doc, Sentence s, int token) {
        int k = token - 1;
        return k >= s.firstToken() && (doc.token(k).is("and") || doc.token(k).is("و") || Grammar.isComma(doc.token(k)));
    }

    /**
     * "…, A, and directors", "…, A, as well as directors", «رئيسة الهيئة فلانة والأعضاء: …»: a plural title joined to
     * the titled name before it.
     */
    private static boolean joinedToTitled(Doc doc, Sentence s, int token) {
        if (doc.token(token).script() == Script.ARABIC) {
            return ArabicRoles.conjoined(doc.token(token).norm()) && token > s.firstToken() && doc.mentionAt[token - 1] >= 0
                    && doc.type(doc.mentionAt[token - 1]) == EntityType.PERSON;
        }
        boolean asWellAs = token - 3 >= s.firstToken() && doc.token(token - 1).is("as") && doc.token(token - 2).is("well")
                && doc.token(token - 3).is("as");
        return doc.token(token).script() == Script.LATIN && (coordinated(doc, s, token) || asWellAs);
    }

    /** "directors, B and C", «والأعضاء: B، C»: the people named right after a plural title (past a comma or colon), or none. */
    private static List<String> namedAfter(Doc doc, Sentence s, int end) {
        int k = end < s.endToken() && (Grammar.isComma(doc.token(end)) || doc.token(end).is(":")) ? end + 1 : end;
        int first = k < s.endToken() ? doc.mentionAt[k] : -1;
        if (first < 0 || doc.type(first) != EntityType.PERSON || doc.mention(first).startToken() != k) {
            return List.of();
        }
        List<String> named = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, s.endToken(), Set.of(EntityType.PERSON), null, named);
        return named;
    }

    /** "among the departures were engineer X and director Y": the titles are the leavers' former ones. */
    private static boolean listedLeaver(Doc doc, Sentence s, int title) {
        for (int k = s.firstToken(); k < title; k++) {
            Trigger t = doc.trigger(k, title);
            if (t != null && t.type() == FactType.EMPLOYMENT_END) {
                return true;
            }
        }
        return false;
    }

    private static boolean outsideTitle(RoleMatch r) {
        String role = r.mainRole();
        if (role == null) {
            return true;
        }
        int of = role.indexOf(" of ");
        String head = of < 0 ? role : role.substring(0, of); // "minister of communications" is a minister's title
        String[] words = head.toLowerCase(Locale.ROOT).split(" ");
        return OUTSIDE_TITLES.contains(words[words.length - 1]);
    }

    static RoleMatch match(Doc doc, int i, int limit) {
        Token t = doc.token(i);
        if (i > 0 && t.script() == Script.ARABIC && KIN.contains(Clitics.withoutConjunction(doc.token(i - 1).norm()))) {
            return null; // «صهر الرئيس X», «نجل رئيس الشركة X»: the title is an unnamed relative's, not X's
        }
        return t.script() == Script.ARABIC ? ArabicRoles.match(doc.tokens, i, limit)
                : t.script() == Script.LATIN ? EnglishRoles.match(doc.tokens, i, limit) : null;
    }

    /** Kinship nouns (folded) that own the title after them: «صهر», «نجل», «شقيقة», «زوجة», «أرملة». */
    private static final Set<String> KIN = WordSet.of("صهر", "نجل", "نجله", "ابن", "ابنه", "شقيق", "شقيقه", "زوج", "زوجه",
            "والد", "والده", "ارمله", "حفيد", "حفيده", "اخو", "اخت", "ابنا", "نجلا");

    /**
     * The name right after an Arabic title's employer, with no comma between («لشركة X علان»): the title's holder even
     * when a name stands before the title, which there is a subject or an object of its own; or -1.
     */
    private static int uncommaedHolderAfter(Doc doc, Sentence s, RoleMatch r) {
        int holder = personAfterOrganization(doc, s, r.endToken());
        int k = holder >= 0 ? doc.mention(holder).startToken() - 1 : -1;
        while (k > r.endToken() && doc.mentionAt[k] < 0 && HONORIFICS.contains(doc.token(k).norm())) {
            k--;
        }
        return k > r.endToken() && doc.mentionAt[k] >= 0 ? holder : -1;
    }

    /** The person a title is apposed to ("X، الرئيس" / "X, Y's CEO") or that follows it ("CEO X", "المهندس X"). */
    private static int personAround(Doc doc, Sentence s, RoleMatch r) {
        int bracketed = bracketedAfterName(doc, s, r.startToken());
        if (bracketed >= 0) {
            return bracketed; // "attended by Mr. Omar Sami (Chief Financial Officer, Acme)"
        }
        int end = skipHonorifics(doc, s, r.endToken());
        int company = doc.token(r.startToken()).script() == Script.ARABIC ? Anaphora.length(doc, end, s) : 0;
        int named = end + company;
        while (company > 0 && named < s.endToken() && doc.mentionAt[named] < 0 && HONORIFICS.contains(doc.token(named).norm())) {
            named++;
        }
        if (company > 0 && named < s.endToken() && doc.mentionAt[named] >= 0 && doc.type(doc.mentionAt[named]) == EntityType.PERSON) {
            return doc.mentionAt[named]; // "المسؤول التنفيذي بالشركة طارق نبيل"
        }
        if (end < s.endToken() && doc.mentionAt[end] >= 0 && doc.type(doc.mentionAt[end]) == EntityType.PERSON) {
            return doc.mentionAt[end];
        }
        int commaNamed = commaApposed(doc, s, company > 0 && named == end + company ? named : department(doc, s, end));
        if (commaNamed >= 0) {
            return commaNamed; // "named its current chairman, Jane Roe, as chief executive"
        }
        int run = runOnName(doc, s, r);
        if (run >= 0) {
            return run; // "signed by Mr. Liu Wen Chairman and CEO Zentel"
        }
        int k = r.startToken() - 1;
        if (conjoinedTitle(doc, s, r)) {
            int named2 = personAfterOrganization(doc, s, r.endToken());
            if (named2 >= 0) {
                return named2; // «رئيس X، فلان، ورئيس Y، فلان»: the name before the و holds the first title
            }
        }
        if (k > s.firstToken() && doc.mentionAt[k] < 0 && Grammar.isQuote(doc.token(k)) && doc.mentionAt[k - 1] >= 0
                && doc.token(r.startToken()).script() == Script.ARABIC) {
            k--; // «وقال "برانديس" الرئيس التنفيذي»: the quoted name's closing quote
        }
        if (k >= s.firstToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON
                && doc.token(r.startToken()).script() == Script.ARABIC && doc.token(r.startToken()).norm().endsWith("ا")) {
            return doc.mentionAt[k]; // accusative predicate: "سيصبح X رئيسا غير تنفيذي"
        }
        int holderAfter = k >= s.firstToken() && doc.token(r.startToken()).script() == Script.ARABIC
                ? uncommaedHolderAfter(doc, s, r) : -1;
        if (holderAfter >= 0 && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON) {
            return holderAfter; // «أقال فلان الرئيس التنفيذي لشركة X علان»: the name before is the verb's doer
        }
        if (k >= s.firstToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON
                && doc.token(r.startToken()).script() == Script.ARABIC && !ArabicRoles.conjoined(doc.token(r.startToken()).norm())) {
            // apposition without a comma: "وقال سام ألتمان الرئيس التنفيذي لأوبن إيه آي"; «فلان والمدير العام لـX»: a
            // title joined by و right after a name opens the next person's, no second title of his
            return doc.mentionAt[k];
        }
        k = k >= s.firstToken() ? RoleEmployers.pastOwnedTimeWord(doc, s, k) : k;
        if (k >= s.firstToken() && doc.token(k).is("'s")) {
            k = RoleEmployers.possessorStart(doc, s, k - 1) - 1;
        } else if (k > s.firstToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.ORGANIZATION
                && RoleEmployers.describedTitle(doc, s, doc.mentionAt[k])) {
            k = doc.mention(doc.mentionAt[k]).startToken() - 1; // "Jane Roe, a former Acme executive"
            while (k > s.firstToken() && (doc.token(k).is("former") || doc.token(k).is("longtime") || doc.token(k).is("veteran"))) {
                k--;
            }
        }
        k = pastEpithets(doc, s, k);
        while (k >= s.firstToken() && (doc.token(k).is("the") || doc.token(k).is("a") || doc.token(k).is("an")
                || doc.token(k).is("its") || doc.token(k).is("his") || doc.token(k).is("her")
                || APPOSITION_ADVERBS.contains(doc.token(k).norm()))) {
            k--;
        }
        if (k - 1 >= s.firstToken() && Grammar.isComma(doc.token(k))) {
            int before = k - 1;
            while (before > s.firstToken() && doc.mentionAt[before] < 0 && Grammar.isQuote(doc.token(before))) {
                before--; // «"جون سميث"، الرئيس التنفيذي»: the name's closing quote before the comma
            }
            if (doc.mentionAt[before] >= 0 && doc.type(doc.mentionAt[before]) == EntityType.PERSON) {
                return doc.mentionAt[before];
            }
        }
        int held = postNounVerb(doc, s, k);
        if (held >= 0) {
            k = held; // "X took on the role of interim CEO": the verb of holding stands where a copula would
        }
        int copula = k;
        while (copula >= s.firstToken() && k - copula < 4 && (Clitics.in(COPULAS, doc.token(copula).norm()) || copula == held
                || SERVING.contains(doc.token(copula).norm()) || APPOSITION_ADVERBS.contains(doc.token(copula).norm()))) {
            copula--;
        }
        if (copula < k && copula >= s.firstToken() && doc.mentionAt[copula] >= 0
                && doc.type(doc.mentionAt[copula]) == EntityType.PERSON) {
            return doc.mentionAt[copula]; // "Jane Roe will remain the chief executive of Acme"
        }
        int setOff = copula < k ? subjectSetOff(doc, s, copula) : -1;
        if (setOff >= 0) {
            return setOff; // "The third, Jane Roe, is CEO of Acme", "Jane Roe, 52, is chief operating officer"
        }
        int who = copula < k ? relativeSubject(doc, s, copula) : -1;
        if (who >= 0) {
            return who; // "Jane Roe, who is now chairman of Acme, said"
        }
        if (copula < k && copula >= s.firstToken() && doc.token(r.startToken()).script() == Script.LATIN) {
            int pronoun = doc.token(copula).is("and") && noPersonBetween(doc, s.firstToken(), copula) ? s.firstToken() : copula;
            boolean verb = r.endToken() - r.startToken() == 1 && VERB_TITLES.contains(doc.token(r.startToken()).norm());
            if (PersonPronouns.at(doc, pronoun) && !verb) {
                return PersonPronouns.antecedent(doc, s, pronoun); // "Before that, he was president of Acme"
            }
        }
        int relative = relativeHolder(doc, s, r);
        if (relative >= 0) {
            return relative;
        }
        int as = asHolder(doc, s, r);
        if (as >= 0) {
            return as;
        }
        int continued = ContinuedPosts.holder(doc, s, r.startToken());
        return continued >= 0 ? continued : HeldPosts.holder(doc, s, r.startToken());
    }

    /**
     * "Mr. Omar Sami (Chief Financial Officer, Acme)", "Ms. Lina Haddad, (Head of Sales, Acme)": a title opening brackets
     * right after a person's name (a comma may stand between) is that person's; the employer after its comma is found
     * as for any apposed title. The person's mention, or -1.
     */
    private static int bracketedAfterName(Doc doc, Sentence s, int title) {
        int k = title - 1;
        if (k <= s.firstToken() || doc.mentionAt[k] >= 0 || !doc.token(k).is("(")) {
            return -1;
        }
        k--;
        if (k > s.firstToken() && doc.mentionAt[k] < 0 && Grammar.isComma(doc.token(k))) {
            k--;
        }
        return doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON ? doc.mentionAt[k] : -1;
    }

    /**
     * "signed by Mr. Liu Wen Chairman and CEO Zentel": a capitalized title run on between a person's name and an
     * organization's, with no comma, is the person's post at it; the person's mention, or -1.
     */
    private static int runOnName(Doc doc, Sentence s, RoleMatch r) {
        int before = r.startToken() - 1;
        int after = r.endToken();
        if (before < s.firstToken() || after >= s.endToken() || doc.token(r.startToken()).script() != Script.LATIN
                || !doc.token(r.startToken()).capitalized()) {
            return -1;
        }
        int person = doc.mentionAt[before];
        int org = doc.mentionAt[after];
        return person >= 0 && doc.type(person) == EntityType.PERSON && org >= 0 && doc.type(org) == EntityType.ORGANIZATION
                && doc.mention(org).startToken() == after ? person : -1;
    }

    /**
     * The employer of a title alone in brackets: the sentence's company named before the person, or null (a name after
     * the person is another of the list, "A (CEO) and B (COO)", or what they act on; the story's company may be the
     * outlet's, which employs none of those it quotes).
     */
    private static String bareBracketedEmployer(Doc doc, Sentence s, int person) {
        String org = RoleEmployers.storyCompany(doc, s, person);
        for (int m : doc.mentionsIn(s.firstToken(), doc.mention(person).startToken())) {
            if (doc.id(m).equals(org)) {
                return org;
            }
        }
        return null;
    }

    /**
     * The organization inside the brackets of a bracketed title, after it: "(Director Network Planning, Acme)" gives
     * Acme; null when the brackets close on none.
     */
    private static String bracketedEmployer(Doc doc, Sentence s, int end) {
        for (int k = end; k < s.endToken() && !doc.token(k).is(")"); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                return doc.id(m);
            }
        }
        return null;
    }

    /** Words between coordinated subjects and their plural title: "A and B have been interim co-CEOs", "are the co-founders". */
    private static final Set<String> PLURAL_COPULAS = WordSet.of("are", "were", "have", "had", "been", "will", "be", "remain",
            "serve", "served", "as", "the", "interim", "acting", "joint", "co", "-");

    /**
     * "David Roe and Jane Doe have been interim co-chief executive officers": the persons joined by "and" that are the
     * subject of a copula before an English plural title, each holding it; empty when there are not two of them.
     */
    private static List<Integer> coordinatedSubjects(Doc doc, Sentence s, RoleMatch r) {
        List<Integer> persons = new ArrayList<>();
        int k = r.startToken() - 1;
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && PLURAL_COPULAS.contains(doc.token(k).norm())) {
            k--;
        }
        if (k == r.startToken() - 1) { // "A and B, two former executives of X", "A and B, both directors at X": apposed
            int comma = listComma(doc, s, r);
            k = comma >= 0 ? comma - 1 : k;
        }
        if (k == r.startToken() - 1 || doc.token(r.startToken()).script() != Script.LATIN) {
            return persons; // no copula: "executives A and B" names them after the title
        }
        while (k >= s.firstToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON) {
            int m = doc.mentionAt[k];
            persons.add(m);
            k = doc.mention(m).startToken() - 1;
            if (k <= s.firstToken() || !(doc.token(k).is("and") || Grammar.isComma(doc.token(k)))) {
                break;
            }
            k--;
        }
        return persons.size() >= 2 ? persons : List.of();
    }

    /** The comma setting a plural title off after a list ("A and B, two former executives"), or -1. */
    private static int listComma(Doc doc, Sentence s, RoleMatch r) {
        int j = r.startToken() - 1;
        while (j > s.firstToken() && doc.mentionAt[j] < 0 && COUNTED.contains(doc.token(j).norm())) {
            j--;
        }
        return j > s.firstToken() && doc.mentionAt[j] < 0 && Grammar.isComma(doc.token(j)) ? j : -1;
    }

    /** Words counting the people a plural title is apposed to: "A and B, (the) two …", "both …". */
    private static final Set<String> COUNTED = WordSet.of("two", "three", "four", "both", "the", "all");

    /**
     * The person whose name a comma at {@code k} closes, past an age set off by commas ("Jane Roe, 52,"): the subject
     * of the copula after the comma, when the name opens the sentence or is itself set off ("The second, Jane Roe,");
     * the object of a phrase ("The plan, drafted by Jane Roe, was …") is none. Else -1.
     */
    private static int subjectSetOff(Doc doc, Sentence s, int k) {
        if (k - 1 < s.firstToken() || !Grammar.isComma(doc.token(k))) {
            return -1;
        }
        int before = k - 1;
        String age = doc.token(before).surface();
        if (before - 2 >= s.firstToken() && age.length() <= 3 && doc.token(before).script() == Script.NUMBER
                && Grammar.isComma(doc.token(before - 1))) {
            before -= 2;
        }
        int m = doc.mentionAt[before];
        if (m < 0 || doc.type(m) != EntityType.PERSON) {
            return -1;
        }
        int opening = doc.mention(m).startToken() - 1;
        return opening < s.firstToken() || Grammar.isComma(doc.token(opening)) ? m : -1;
    }

    /** Words ranking a title between "the" and it: "the first and youngest CHRO of X", "the new chief executive of X". */
    private static final Set<String> EPITHETS = WordSet.of("first", "second", "third", "last", "new", "youngest",
            "oldest", "only", "sole", "female", "woman", "ever", "and", "interim", "acting");

    /** The token before the epithets ending at {@code k} when "the" opens them, else {@code k}: "was [the first and youngest] CHRO". */
    private static int pastEpithets(Doc doc, Sentence s, int k) {
        int j = k;
        while (j >= s.firstToken() && doc.mentionAt[j] < 0 && EPITHETS.contains(doc.token(j).norm())) {
            j--;
        }
        return j < k && j >= s.firstToken() && doc.token(j).is("the") && !doc.token(j + 1).is("and") ? j : k;
    }

    /**
     * "as CEO of Acme from 2009 to 2021, Roe led …", "Roe joined the board after a career as a managing director at
     * Acme": an English title after "as" with no name beside it is held by the subject of its clause — the person after
     * the comma closing an "as" phrase that opens the sentence or a "that" clause, else the person (or pronoun) the
     * sentence opens with; -1 otherwise.
     */
    private static int asHolder(Doc doc, Sentence s, RoleMatch r) {
        int k = r.startToken() - 1;
        while (k > s.firstToken() && (doc.token(k).is("a") || doc.token(k).is("an") || doc.token(k).is("the"))) {
            k--;
        }
        if (k < s.firstToken() || !doc.token(k).is("as") || doc.token(r.startToken()).script() != Script.LATIN) {
            return -1;
        }
        for (int v = s.firstToken() + 1; v < k; v++) {
            if (Negation.denied(doc, s, v) || Negation.refused(doc, s, v)) {
                return -1; // "did not join Acme as CFO", "turned down an offer to join Acme as CFO": no post held
            }
        }
        if (k == s.firstToken() || doc.token(k - 1).is("that")) {
            for (int j = r.endToken(); j + 1 < s.endToken(); j++) {
                if (Grammar.isComma(doc.token(j))) {
                    int m = doc.mentionAt[j + 1];
                    return m >= 0 && doc.type(m) == EntityType.PERSON ? m : -1;
                }
            }
            return -1;
        }
        int opening = doc.mentionAt[s.firstToken()];
        if (opening >= 0) {
            return doc.type(opening) == EntityType.PERSON ? opening : -1;
        }
        return PersonPronouns.at(doc, s.firstToken()) ? PersonPronouns.antecedent(doc, s, s.firstToken()) : -1;
    }

    /** The person a ", who" at {@code k} hangs on ("Jane Roe, who is now chairman of Acme"), or -1. */
    private static int relativeSubject(Doc doc, Sentence s, int k) {
        if (k - 2 < s.firstToken() || !doc.token(k).is("who") || !Grammar.isComma(doc.token(k - 1))) {
            return -1;
        }
        int m = doc.mentionAt[k - 2];
        return m >= 0 && doc.type(m) == EntityType.PERSON ? m : -1;
    }

    /** An Arabic title joined by و to what precedes it: «ورئيس بنك X», «و رئيس بنك X». */
    private static boolean conjoinedTitle(Doc doc, Sentence s, RoleMatch r) {
        Token t = doc.token(r.startToken());
        if (t.script() != Script.ARABIC) {
            return false;
        }
        return ArabicRoles.conjoined(t.norm()) || r.startToken() > s.firstToken() && doc.token(r.startToken() - 1).is("و");
    }

    private static final Set<String> RELATIVES = WordSet.of("الذي", "التي");

    /**
     * «X، الذي حل محل Y في 2020 كرئيس تنفيذي، …», «X، الذي يعمل كمدير مالي»: a title «كـ» (as) in a relative clause is
     * held by the person the relative hangs on; -1 when the clause hangs on no person.
     */
    private static int relativeHolder(Doc doc, Sentence s, RoleMatch r) {
        Token t = doc.token(r.startToken());
        if (t.script() != Script.ARABIC || !t.norm().startsWith("ك")) {
            return -1;
        }
        for (int k = r.startToken() - 1; k > s.firstToken() && r.startToken() - k < 10; k--) {
            if (doc.mentionAt[k] < 0 && RELATIVES.contains(doc.token(k).norm())) {
                int j = k - 1;
                while (j > s.firstToken() && doc.mentionAt[j] < 0 && (Grammar.isComma(doc.token(j)) || Grammar.isQuote(doc.token(j)))) {
                    j--;
                }
                int m = doc.mentionAt[j];
                return m >= 0 && doc.type(m) == EntityType.PERSON ? m : -1;
            }
        }
        return -1;
    }

    /**
     * A person holding or taking a post: "has served as president of Acme", "will continue as chairman", "became
     * president in 2012", "worked as chief operating officer at Acme".
     */
    private static final Set<String> SERVING = WordSet.of("served", "serves", "serve", "serving", "sits", "sit", "sat", "sitting", "as", "continue",
            "continues", "became", "worked", "works", "working");

    /**
     * The verb of "took on the role of", "held the post of", "assumed the position of" whose "of" is at {@code k} (or
     * before the epithets ending there), or -1: the title after it is the post of that verb's subject.
     */
    private static int postNounVerb(Doc doc, Sentence s, int k) {
        while (k > s.firstToken() && doc.mentionAt[k] < 0 && EPITHETS.contains(doc.token(k).norm())) {
            k--; // "the role of interim CEO"
        }
        int verb = PostNounPhrases.verbBefore(doc.tokens, k, s.firstToken());
        return verb >= 0 && doc.mentionAt[verb] < 0 ? verb : -1;
    }

    /** One-word titles that are also verbs: "he will also lead the board" takes no title. */
    private static final Set<String> VERB_TITLES = WordSet.of("lead", "head", "chair", "partner", "counsel", "engineer");

    /** "He joined Acme in 1993 and has served as …": no name between the sentence's pronoun and the verb of holding. */
    private static boolean noPersonBetween(Doc doc, int from, int to) {
        for (int m : doc.mentionsIn(from, to)) {
            if (doc.type(m) == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Acme's chief of mobile operations, Jane Roe,", "its head for retail banking, Jane Roe,": past the unit a title
     * is of (a few words that name nothing) to the comma before the holder's name; {@code end} when none.
     */
    private static int department(Doc doc, Sentence s, int end) {
        if (end >= s.endToken() || !doc.token(end).is("of") && !doc.token(end).is("for")) {
            return end;
        }
        for (int k = end + 1; k < Math.min(s.endToken(), end + 6); k++) {
            Token t = doc.token(k);
            if (Grammar.isComma(t)) {
                return k > end + 1 ? k : end;
            }
            if (doc.mentionAt[k] >= 0 || !t.isWord() || t.is("and") || t.is("the") || Grammar.isPreposition(t)) {
                return end;
            }
        }
        return end;
    }

    /** Words after a name set off by a title that close the apposition: "chairman, Jane Roe (Retd) said", "…, Jane Roe said". */
    private static boolean closesApposition(Token t) {
        return Grammar.isComma(t) || t.is("(") || Clitics.in(Movers.SPEECH_VERBS, t.norm()) || t.is("stated");
    }

    /**
     * A name set off by commas right after a title ("chairman, Jane Roe, …", "chairman, Dr Jane Roe, …", «…، فلان،»), or
     * -1; not one joined by و after the comma.
     */
    private static int commaApposed(Doc doc, Sentence s, int end) {
        if (end + 2 >= s.endToken() || doc.token(end).script() == Script.ARABIC || !Grammar.isComma(doc.token(end))) {
            return -1;
        }
        int named = skipHonorifics(doc, s, end + 1);
        boolean nationality = named + 1 < s.endToken() && personsNationality(doc, named);
        if (nationality) {
            named++; // «عضو مجلس أمناء البنك، البريطاني جون كرايان»: the person's nationality before the name
        }
        int m = named < s.endToken() ? doc.mentionAt[named] : -1;
        if (m < 0 || doc.type(m) != EntityType.PERSON || doc.mention(m).startToken() != named
                || Grammar.clitic(doc, doc.mention(m)).equals("و")) {
            return -1; // «الرئيس التنفيذي لشركة X، وفلان»: a name joined by و is another member of a list, not apposed
        }
        int after = doc.mention(m).endToken();
        boolean last = after >= s.endToken() || after + 1 == s.endToken() && doc.token(after).is("."); // "…، الرئيس التنفيذي، فلان."
        return last || closesApposition(doc.token(after)) || nationality ? m : -1;
    }

    /** «البريطاني», «الألماني»: a definite Arabic nisba, unnamed, which tells the nationality of the person after it. */
    static boolean personsNationality(Doc doc, int k) {
        Token t = doc.token(k);
        return doc.mentionAt[k] < 0 && t.script() == Script.ARABIC && t.norm().startsWith("ال") && t.norm().endsWith("ي");
    }

    /** Past courtesy words alone ("الدكتور", "Dr."), not titles: «وتولى الدكتور X». */
    static int skipCourtesy(Doc doc, Sentence s, int k) {
        while (k < s.endToken() && doc.mentionAt[k] < 0 && HONORIFICS.contains(doc.token(k).norm())) {
            k++;
        }
        return k;
    }

    /** Past courtesy words ("المهندس", "Dr."); an honorific that is also a title reads as courtesy here. */
    static int skipHonorifics(Doc doc, Sentence s, int k) {
        while (k < s.endToken() && doc.mentionAt[k] < 0 && (HONORIFICS.contains(doc.token(k).norm())
                || doc.token(k).script() == Script.ARABIC && ArabicRoles.match(doc.tokens, k, k + 1) != null
                && k + 1 < s.endToken() && doc.mentionAt[k + 1] >= 0)) {
            k++;
        }
        return k;
    }

    /** «هو», «هي»: the pronoun that joins a predicate title to the name after it. */
    private static final Set<String> PRONOUN_COPULAS = WordSet.of("هو", "هي");

    /** «سيكون», «ستكون»: "will be", which makes the title after it a post still to be taken. */
    private static final Set<String> WILL_BE = WordSet.of("سيكون", "ستكون");

    /** «سيكون الرئيس التنفيذي لـX هو فلان», «وسيكون فلان الرئيس التنفيذي لـX»: the title is the person's from now on. */
    private static boolean toBe(Doc doc, Sentence s, RoleMatch r, int person) {
        int before = Math.min(r.startToken(), doc.mention(person).startToken()) - 1;
        while (before > s.firstToken() && HONORIFICS.contains(doc.token(before).norm())) {
            before--; // «وسيكون الدكتور فلان»
        }
        return before >= s.firstToken() && doc.token(r.startToken()).script() == Script.ARABIC
                && WILL_BE.contains(Clitics.withoutConjunction(doc.token(before).norm()));
    }

    private static final Set<String> NEWLY_GIVEN = WordSet.of("appointed", "named", "hired", "installed", "elected",
            "recruited", "promoted");

    /**
     * "its newly appointed CEO, X": a title just given tells the appointment, not only the post held. A "new chief
     * executive" alone stays the post held (RoleAppositionTest, OwnedTimedTitlesTest).
     */
    private static boolean newlyTaken(Doc doc, Sentence s, RoleMatch r) {
        return doc.token(r.startToken()).script() == Script.LATIN && newlyGivenFrom(doc, s, r.startToken() - 1) >= 0;
    }

    /** The "newly" of "newly appointed" or "newly-appointed" ending at token {@code k}, or -1. */
    static int newlyGivenFrom(Doc doc, Sentence s, int k) {
        if (k - 1 < s.firstToken() || !NEWLY_GIVEN.contains(doc.token(k).norm())) {
            return -1;
        }
        int newly = doc.token(k - 1).is("-") ? k - 2 : k - 1;
        return newly >= s.firstToken() && doc.token(newly).is("newly") ? newly : -1;
    }

    /** "Acme's new CEO, X", "a new CEO, X", "incoming chair X": a title told as just taken. */
    private static final Set<String> TAKEN_POSTS = WordSet.of("new", "incoming");
    /** "Acme's outgoing CEO, X", "retiring chairman X": a title told as being left. */
    private static final Set<String> LEFT_POSTS = WordSet.of("outgoing", "departing", "retiring");

    /**
     * Whether an English title with one of {@code times} right before it is apposed to the person or followed by the
     * name ("X, Acme's new CEO,", "the new CEO, X,", "outgoing CEO X"): news tells a move so. A predicate after a
     * copula ("X is the new chairman of Acme") stays the post held.
     */
    private static boolean apposedAs(Doc doc, Sentence s, RoleMatch r, int person, Set<String> times) {
        int k = r.startToken() - 1;
        if (k < s.firstToken() || doc.token(r.startToken()).script() != Script.LATIN || !times.contains(doc.token(k).norm())) {
            return false;
        }
        int named = doc.mention(person).endToken();
        return doc.mention(person).startToken() >= r.endToken() || named < k && Grammar.isComma(doc.token(named));
    }

    /** «الإماراتية», «الألمانية»: a definite feminine nisba, which agrees with شركة and so describes the company. */
    static boolean feminineNisba(Token t) {
        String n = t.norm();
        return t.script() == Script.ARABIC && n.startsWith("ال") && n.endsWith("يه") && n.length() >= 6;
    }

    /** «السعودية» read as a place of one word: after a company it is the company's nationality. */
    private static boolean nisbaPlace(Doc doc, int k) {
        int m = doc.mentionAt[k];
        return doc.type(m) == EntityType.LOCATION && doc.mention(m).startToken() == k && doc.mention(m).endToken() == k + 1;
    }

    /** Participles that tie the employer to another company: «المالكة لـ», «التابعة لـ». */
    private static final Set<String> TIED = WordSet.of("المالكه", "المالك", "التابعه", "التابع");

    /** How many words of a quoted company's name may follow its closing quote. */
    private static final int NAME_TAIL = 3;

    /**
     * «لشركة "X" للطاقة شمال إفريقيا فلان», «لشركة "X" مصر فلان»: past the words a quoted Arabic name goes on with after
     * its quote (its line of business under «لل», the country or region of the branch) to the name of the title's
     * holder; {@code k} itself when the employer was not quoted or no such words follow.
     */
    private static int pastNameTail(Doc doc, Sentence s, int employer, int k) {
        if (k == doc.mention(employer).endToken() || !Grammar.isQuote(doc.token(k - 1))) {
            return k;
        }
        int j = k;
        while (j < s.endToken() && j - k < NAME_TAIL) {
            int m = doc.mentionAt[j];
            if (m >= 0 && doc.type(m) == EntityType.LOCATION && !Grammar.clitic(doc, doc.mention(m)).startsWith("و")) {
                j = doc.mention(m).endToken();
            } else if (m < 0 && doc.token(j).script() == Script.ARABIC && doc.token(j).norm().startsWith("لل")) {
                j++;
            } else {
                break;
            }
        }
        return j < s.endToken() && doc.mentionAt[j] >= 0 && doc.type(doc.mentionAt[j]) == EntityType.PERSON ? j : k;
    }

    /**
     * «رئيس مجموعة X المالكة لقناة Y، فلان», «مدير شركة X التابعة لمجموعة Y فلان»: past a participle phrase that
     * describes the employer, to the holder's name; {@code k} itself when none stands there.
     */
    private static int pastOwner(Doc doc, Sentence s, int k) {
        if (k + 1 >= s.endToken() || doc.mentionAt[k] >= 0 || !TIED.contains(doc.token(k).norm())) {
            return k;
        }
        int j = Grammar.pastQuotes(doc, s, k + 1);
        if (j < s.endToken() && doc.mentionAt[j] < 0 && Grammar.isArabicOrgCue(doc.token(j)) && doc.token(j).norm().startsWith("ل")) {
            j = Grammar.pastQuotes(doc, s, j + 1); // «لشركة "Y"»
        }
        int m = j < s.endToken() ? doc.mentionAt[j] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? Grammar.pastQuotes(doc, s, doc.mention(m).endToken()) : k;
    }

    /**
     * «مدير عام شركة X في المنطقة الشرقية فلان», «مدير بنك X بجدة فلان»: past the place the employer's branch or region
     * is in, to the holder's name; {@code k} itself when no «في»/«بـ» place stands there.
     */
    private static int pastSeat(Doc doc, Sentence s, int k) {
        int j = k < s.endToken() && doc.mentionAt[k] < 0 && doc.token(k).is("في") ? k + 1 : k;
        int m = j < s.endToken() ? doc.mentionAt[j] : -1;
        if (m < 0 || doc.type(m) != EntityType.LOCATION || doc.mention(m).startToken() != j) {
            return k;
        }
        return j > k || Grammar.clitic(doc, doc.mention(m)).equals("ب") ? doc.mention(m).endToken() : k;
    }

    /** After «للشركة (الجديدة)»: the person a «هو» names as the title's holder, or -1. */
    private static int personAfterAnaphor(Doc doc, Sentence s, int after) {
        while (after < s.endToken() && ArabicRoles.timeAdjective(doc.token(after))) {
            after++;
        }
        if (after + 1 >= s.endToken() || !PRONOUN_COPULAS.contains(doc.token(after).norm())) {
            return -1;
        }
        int k = skipHonorifics(doc, s, after + 1);
        return k < s.endToken() && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON ? doc.mentionAt[k] : -1;
    }

    /** «خلفا لـY لرئاسة …», «… لمنصب …»: an office under ل right after the one replaced, who does not hold it by it. */
    private static boolean officeTakenAfterReplaced(Doc doc, Sentence s, RoleMatch r, int person) {
        String n = Clitics.withoutConjunction(doc.token(r.startToken()).norm());
        return doc.mention(person).endToken() == r.startToken() && n.startsWith("ل") && !n.startsWith("لل")
                && Movers.replacedHere(doc, s, person);
    }

    /** «في», «لدى»: the prepositions that give a title's company as a place of work. */
    private static final Set<String> DEPARTMENT_LINKS = WordSet.of("في", "لدي");

    /** "الرئيس التنفيذي لشركة أوبن إيه آي سام ألتمان": the person named after the title's organization. */
    static int personAfterOrganization(Doc doc, Sentence s, int end) {
        end = RoleEmployers.departmentEnd(doc, s, end); // «مدير الاتصال الحكومي في وزارة X فلان»
        int limit = end + 4;
        for (int k = end; k < Math.min(s.endToken(), limit); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && RoleEmployers.basedPlace(doc, s, m)) {
                limit += doc.mention(m).endToken() + 2 - k; // "the general manager of the Lyon-based X, Y": the seat describes X
                k = doc.mention(m).endToken() + 1;
                continue;
            }
            if (m >= 0) {
                if (doc.type(m) != EntityType.ORGANIZATION) {
                    return -1;
                }
                int after = doc.mention(m).endToken();
                while (after < s.endToken() && (doc.mentionAt[after] < 0 || nisbaPlace(doc, after)) && (Grammar.isQuote(doc.token(after))
                        || feminineNisba(doc.token(after)) && (after == doc.mention(m).endToken() || Grammar.isQuote(doc.token(after - 1)))
                        || ArabicRoles.timeAdjective(doc.token(after)))) {
                    // «المحلل في "X" دانيال», «مؤسس شركة X الإماراتية «فلان»», «رئيس تويتر الجديد فلان»: a closing
                    // quote, the company's nationality, the title's time
                    after++;
                }
                after = pastSeat(doc, s, pastOwner(doc, s, pastNameTail(doc, s, m, after)));
                after = after < s.endToken() && (Grammar.isComma(doc.token(after)) || PRONOUN_COPULAS.contains(doc.token(after).norm()))
                        ? after + 1 : after; // «الرئيس التنفيذي لـX، فلان», «… لـX هو فلان»
                boolean joined = after < s.endToken() && doc.mentionAt[after] < 0 && doc.token(after).norm().startsWith("و")
                        && HONORIFICS.contains(Clitics.withoutConjunction(doc.token(after).norm())); // «، والمهندس فلان»
                after = skipHonorifics(doc, s, after);
                int named = after < s.endToken() ? doc.mentionAt[after] : -1;
                // «الرئيس التنفيذي لـX، وفلان»: a name joined by و is another member of a list, not the title's holder
                return named >= 0 && doc.type(named) == EntityType.PERSON && !joined && !Grammar.clitic(doc, doc.mention(named)).equals("و")
                        ? named : -1;
            }
            String definite = Clitics.withoutConjunction(doc.token(k).norm());
            int anaphor = definite.startsWith("ال") || definite.startsWith("لل") ? Anaphora.length(doc, k, s) : 0;
            if (anaphor > 0 && k > end && DEPARTMENT_LINKS.contains(doc.token(k - 1).norm())) {
                // «المدير المالي في الشركة فلان», «المدير المالي لدى الشركة، فلان،»: the company told of, then its officer
                int after = k + anaphor < s.endToken() && Grammar.isComma(doc.token(k + anaphor)) ? k + anaphor + 1 : k + anaphor;
                after = skipHonorifics(doc, s, after);
                if (after < s.endToken() && doc.mentionAt[after] >= 0 && doc.type(doc.mentionAt[after]) == EntityType.PERSON) {
                    return doc.mentionAt[after];
                }
            }
            if (anaphor > 0) {
                return personAfterAnaphor(doc, s, k + anaphor); // «الرئيس التنفيذي للشركة الجديدة هو فلان»
            }
            String n = Clitics.withoutConjunction(doc.token(k).norm());
            if (RoleEmployers.unitComplement(doc, k)) {
                limit++; // «رئيس قطاع الأجهزة في شركة X»: the unit's words count apart
            } else if (!RoleEmployers.LINKS.contains(n) && !Grammar.isQuote(doc.token(k)) && !Grammar.isArabicOrgCue(doc.token(k))) {
                return -1; // «رئيس مجموعة "X" فلان»: the cue noun before a quoted employer is a link too
            }
        }
        return -1;
    }
}
