package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.roles.ArabicRoles;
import dev.khabar.core.roles.PostNounPhrases;
import dev.khabar.core.roles.RoleMatch;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joining, leaving and leading: the person and the organization of a hire, a departure or a "to lead" phrase, with the
 * title taken ("as CEO", «في منصب الرئيس التنفيذي») and a successor's predecessor ("replacing X", «ليحل محل X»).
 */
final class EmploymentFacts {
    private EmploymentFacts() {
    }

    private static final Set<FactType> PEOPLES_FACTS = EnumSet.of(FactType.ROLE, FactType.EMPLOYMENT_START,
            FactType.EMPLOYMENT_END, FactType.FOUNDED);

    /**
     * «رحيل X بعد … الإطاحة بالرئيس التنفيذي Y»: a hirer or ouster taken from the fact before, when that fact is a
     * person's move, is the organization moved from or to, not the person.
     */
    private static String employerOf(String fallback, Fact previous) {
        return previous != null && PEOPLES_FACTS.contains(previous.type()) && previous.subject().equals(fallback)
                ? previous.object() : fallback;
    }

    /** «ليصبح», «لتصبح»: "so as to become", after the post the mover held; a move only into a post. */
    private static final Set<String> TO_BECOME = WordSet.of("ليصبح", "لتصبح");

    /**
     * Verbs that tell a move only with the post they lead to ("became CEO of Acme", "promoted X to president", "names X
     * chief executive"): without one they say something else ("became a shareholder", "named the mine after X", "oversaw
     * its rise to become the leading software publisher").
     */
    private static final Set<String> POST_ONLY = WordSet.of(
            "became", "becomes", "become", "promoted", "promotes", "promote", "promoting", "elevated", "elevates",
            "elevating", "chose", "chosen", "selected", "names", "name", "naming", "promotion", "made");

    /**
     * «كلّف», «تكليف»: tasking someone tells a move only with the post tasked («كلفت X فلانا بمهام الرئيس التنفيذي»); it
     * also means "cost" («كلّف المشروع مليار دولار»).
     */
    private static boolean tasking(Token t) {
        String n = Clitics.withoutConjunction(t.norm()); // not Clitics.bare: كلفت is no ك + لفت
        // «المدير العام بالتكليف»: the noun under its preposition and article, most often a title's acting status
        return n.startsWith("كلف") || n.startsWith("تكليف") || Clitics.bare(n).startsWith("تكليف");
    }

    /** «فترة تكليفه السابقة بمنصب …»: the verbal noun owned by its holder looks back on a tenure, no new move. */
    private static boolean ownedTasking(Token t) {
        String n = Clitics.withoutConjunction(t.norm());
        return n.startsWith("تكليف") && n.length() > "تكليف".length();
    }

    static Fact employment(Doc doc, Sentence s, Trigger tr, FactCollector out, Fact previous) {
        FactType type = tr.type();
        if (type == FactType.EMPLOYMENT_START && (Movers.unnamedSuccessor(doc, s, tr.startToken()) || candidacy(doc, s, tr))) {
            return null; // a successor sought or a candidate named: nobody has taken the post
        }
        if (Negation.denied(doc, s, tr.startToken()) || Negation.refused(doc, s, tr.startToken())) {
            return null; // "did not join", "denied reports that X would leave", "turned down an offer to join"
        }
        Fact swap = type == FactType.EMPLOYMENT_START ? ReplacedByOrganization.facts(doc, s, tr, out) : null;
        if (swap != null) {
            return swap; // "Acme replaced CEO Doe with Roe": the company's act, both moves told
        }
        List<Integer> persons = new ArrayList<>();
        int retold = -1; // the person a pronoun stands for, whose move the text may have told already
        String org;
        String heldRole = null;
        Map<Integer, String> ownPosts = Map.of(); // hired with a post of their own after the first: "and B as CTO"
        int end = Grammar.clauseOrWhoseEnd(doc, tr.startToken(), s); // "X, whose CEO resigned, hired Y": Y did not leave
        TakenRoles.Taken taken = TakenRoles.roleAs(doc, s, tr.endToken());
        if (type == FactType.EMPLOYMENT_END && !tr.arabic() && taken != null && joinedBefore(doc, s, tr.endToken(), taken.endToken())) {
            taken = null; // "quit Acme to take up the post of CFO at Y": the post after is the one taken next, not the one left
        }
        String last = doc.token(tr.endToken() - 1).norm();
        // "will become", "to become" too; «فلان رئيس بنك X ليصبح رئيسا لبنك Y»: a move only into a post
        if (taken == null && (POST_ONLY.contains(last) || TO_BECOME.contains(last))
                || tr.arabic() && tasking(doc.token(tr.startToken()))
                && (taken == null || taken.role() == null || ownedTasking(doc.token(tr.startToken())))) {
            return null; // "became a shareholder", "was promoted in a campaign": no post, no move
        }
        if (type == FactType.EMPLOYMENT_END && !tr.hire() && ownNonPost(doc, s, tr)) {
            return null; // "while Calhoun exits his non-Boeing commitments", "left his family": no post is left
        }
        if (type == FactType.EMPLOYMENT_START && !tr.hire() && titledPersonJoined(doc, s, tr, end)) {
            return null; // "X joins Acme's CEO Y among the best-paid": a person joined, not a company
        }
        if (eventAfter(doc, tr, end)) {
            return null; // "joined the protest outside X's office", "left the meeting with X": no employer joined or left
        }
        if (resultClause(doc, s, tr)) {
            return null; // "moved its line to Dover, leaving the town short of 300 jobs": an outcome, nobody leaves
        }
        String titleOrg = taken != null && taken.endToken() > 0 ? RoleEmployers.orgAfter(doc, s, taken.endToken()) : null;
        if (titleOrg == null && TO_BECOME.contains(doc.token(tr.startToken()).norm())) {
            return null; // «فلان رئيس بنك X ليصبح رئيسا للجنة»: no employer after the title, none taken (not X's)
        }
        if (tr.arabic() && !TO_BECOME.contains(doc.token(tr.startToken()).norm()) && becomesAfter(doc, tr, end)) {
            return null; // «اختير فلان رئيس بنك X ليصبح رئيسا …»: the post taken is the one «ليصبح» tells, read there
        }
        if (tr.hire()) {
            int byAt = TriggerFacts.passiveBy(doc, s, tr);
            int before = lastBefore(doc, s, tr.startToken(), EntityType.PERSON);
            boolean possessed = Movers.possessor(doc, s, tr.startToken()) >= 0;
            if (byAt >= 0 || before >= 0 && (possessed || Movers.passive(doc, s, tr))) {
                // "X was hired by Acme", "X has been named chief executive of Acme", "X's appointment as CEO of Acme"
                int o = byAt >= 0 ? TriggerFacts.firstAfter(doc, s, byAt + 1, end, ORGANIZATION, null) : -1;
                org = o >= 0 ? doc.id(o) : titleOrg != null ? titleOrg : organizationAfter(doc, s, tr, end);
                if (before >= 0) {
                    persons.add(before);
                }
            } else {
                int o = TriggerFacts.subjectMention(doc, s, tr, ORGANIZATION);
                org = o >= 0 ? doc.id(o) : titleOrg != null ? titleOrg : employerOf(TriggerFacts.fallbackSubject(doc, s, tr, previous), previous);
                // «عيّنه مؤسسا غوغل فلان وفلان رئيسا»: a pronoun on the verb is the one hired; the names after it hire
                int p = tr.arabic() && TriggerLexicon.hiresPronoun(doc.token(tr.startToken())) ? pronounHired(doc, s, tr)
                        : hiredPerson(doc, s, tr, end);
                if (p >= 0) {
                    persons.add(p);
                    persons.addAll(Movers.coordinatedHired(doc, s, p));
                }
                if (persons.size() == 1 && !tr.arabic() && taken != null && taken.endToken() > doc.mention(p).endToken()) {
                    ownPosts = HiresWithOwnPosts.after(doc, s, taken.endToken()); // "A as CFO and B as CTO"
                    persons.addAll(ownPosts.keySet());
                }
            }
        } else {
            int possessor = Movers.possessor(doc, s, tr.startToken());
            if (possessor == Movers.NOT_A_PERSON) {
                return null; // "before Acme's departure from the index": an organization's move, not a person's
            }
            int ofLeaver = possessor < 0 ? leaverOf(doc, s, tr, end) : -1;
            int doer = possessor >= 0 ? possessor : ofLeaver >= 0 ? ofLeaver : Movers.doer(doc, s, tr);
            if (doer >= 0) {
                persons.add(doer);
                persons.addAll(Movers.coordinatedDoers(doc, s, tr, doer));
            } else {
                retold = Movers.pronounDoer(doc, s, tr);
                if (retold >= 0) {
                    persons.add(retold);
                }
            }
            if (persons.isEmpty() && !tr.arabic()) {
                persons.addAll(ListedMovers.members(doc, s, tr)); // "executives have left Acme, including CEO A and CFO B"
            }
            if (persons.isEmpty() && type == FactType.EMPLOYMENT_END) {
                Fact titled = Movers.titledLeaver(doc, s, tr, out);
                if (titled != null) {
                    return titled; // "Acme's chief technology officer has resigned, days after CEO X …"
                }
            }
            if (persons.isEmpty() && (tr.arabic() || tr.endToken() < end && doc.token(tr.endToken()).is("of")
                    || tr.startToken() > s.firstToken() && DETERMINERS.contains(doc.token(tr.startToken() - 1).norm()))) {
                // an English verb's doer stands before it, a person after is its object ("join X under Y"); a noun's
                // or an adjective's follows it ("the departure of X", "the departing chief executive of Y, X")
                for (int m : doc.mentionsIn(tr.endToken(), end)) { // «استقالة X وY، وتسليم رئاسته إلى Z»: Z stays
                    if (doc.type(m) == EntityType.PERSON && !Movers.replacedHere(doc, s, m) // not «خلفا لـX»
                            && !Movers.newcomerHere(doc, s, m)) { // nor «ليحل مكانه X», who comes
                        persons.add(m);
                    }
                }
            }
            org = organizationAfter(doc, s, tr, end);
            if (org == null || titleOrg != null && persons.size() == 1 && org.equals(TakenRoles.apposedEmployer(doc, s, persons.get(0)))) {
                // "accepted the position of chief operating officer at Acme"; «تولى X، الرئيس التنفيذي لشركة Y، رئاسة
                // شركة Z»: the company of the post taken, not of the title apposed to the doer
                org = titleOrg;
            }
            TakenRoles.Title held = org == null && type == FactType.EMPLOYMENT_END && persons.size() == 1
                    ? TakenRoles.titleOfOrganizationBefore(doc, s, persons.get(0)) : null;
            if (held != null) { // «قدم الرئيس التنفيذي لشركة X، Y استقالته»: the post and company of the leaver's title
                org = held.org();
                heldRole = held.role();
            }
            if (org == null) {
                int o = lastBefore(doc, s, tr.startToken(), EntityType.ORGANIZATION);
                // a title's company is the one left, not the one joined ("Former Acme CEO X joined the board")
                boolean titled = type == FactType.EMPLOYMENT_END && persons.size() == 1 && o >= 0 && o < persons.get(0)
                        && TakenRoles.roleBefore(doc, s, persons.get(0)) != null;
                // "Roe of Acme will succeed Doe": Acme is Roe's employer now, the post taken is Doe's
                boolean named = o >= 0 && persons.size() == 1 && o > persons.get(0)
                        && !BareJoins.pastTitle(doc, persons.get(0), doc.mention(o).startToken())
                        && !(type == FactType.EMPLOYMENT_START && Movers.succession(doc, tr));
                org = named || titled ? doc.id(o) : null;
                String owner = titled && TakenRoles.pronounOwnedTitleBefore(doc, s, persons.get(0))
                        ? Movers.subjectOrganization(doc, s, persons.get(0)) : null;
                if (owner != null) {
                    org = owner; // "Acme, which plans to merge with Brisko, said its CEO X had resigned": "its" is the subject's
                }
                // "Acme's CFO Jane Roe resigned": the organization of the title the leaver is named with
            }
            if (org == null && type == FactType.EMPLOYMENT_START && persons.size() == 1) {
                org = BareJoins.employer(doc, s, tr, persons.get(0)); // "Acme's CEO, Jane Roe, joined in 2010"
                if (org != null) {
                    out.keepPost(doc.id(persons.get(0)), org); // the title is the post held now, a fact of its own
                }
            }
        }
        if (org == null && taken != null && taken.its() && !persons.isEmpty()) {
            org = Movers.subjectOrganization(doc, s, persons.get(0)); // "X will become its chief executive"
        }
        if (org == null && taken != null && !persons.isEmpty()) {
            org = RoleEmployers.storyCompany(doc, s, persons.get(0)); // «منذ تولي X منصب الرئيس التنفيذي»
        }
        Fact ownPost = org == null && taken == null && type == FactType.EMPLOYMENT_START && tr.arabic()
                && persons.size() == 1 && HeldPosts.ownPostAfter(doc, s, tr.endToken(), persons.get(0))
                ? knownPost(out, doc.id(persons.get(0))) : null;
        if (ownPost != null) { // «وكان X قد تولى منصبه خلفا لـY»: "his post" is the one the text gave him already
            org = ownPost.object();
            heldRole = ownPost.role();
        }
        if (org != null && type == FactType.EMPLOYMENT_START && persons.size() == 1 && Movers.succeeds(doc, tr)
                && org.equals(TakenRoles.apposedEmployer(doc, s, persons.get(0)))) {
            org = null; // «فلان، المدير المالي لشركة Y، سيخلف X»: the post taken is X's; the apposed one is held now
        }
        Fact replaced = org == null && type == FactType.EMPLOYMENT_START && !persons.isEmpty()
                ? departureOf(doc, out, Movers.replacedBefore(doc, s, tr)) : null;
        int passiveReplaced = org == null && replaced == null && type == FactType.EMPLOYMENT_START && !persons.isEmpty()
                && Movers.passiveSuccession(doc, s, tr.startToken()) ? Movers.passiveSubject(doc, s, tr.startToken()) : -1;
        if (passiveReplaced >= 0) {
            replaced = departureOf(doc, out, passiveReplaced); // "Doe will step down as CEO and be replaced by Roe"
            org = replaced != null ? null : TakenRoles.apposedEmployer(doc, s, passiveReplaced);
            heldRole = replaced != null ? null : TakenRoles.apposedRole(doc, s, passiveReplaced); // "Doe, Acme's CEO, will be …"
        }
        if (replaced != null) { // "X will step down. Y will succeed her": Y takes the post X leaves
            org = replaced.object();
            heldRole = replaced.role();
        }
        if (org == null && type == FactType.EMPLOYMENT_START && persons.size() == 1 && !tr.arabic()
                && predecessorNamed(doc, s, tr) && !Movers.toldInSentence(out, s, type, doc.id(persons.get(0)))) {
            // "a new CEO, Roe, who took over from Doe", "its CEO Roe succeeded Doe": the succession is at the company
            // the successor is told of, or the story's
            org = RoleEmployers.storyCompany(doc, s, persons.get(0));
        }
        if (type == FactType.EMPLOYMENT_START && taken == null && heldRole == null && org != null && persons.size() == 1) {
            Fact left = departureOf(doc, out, Movers.placeTaken(doc, s, tr));
            if (left != null && org.equals(left.object())) {
                heldRole = left.role(); // «أقال X مديرها المالي فلانا وعين مكانه علانا»: the post named is the one left
            }
        }
        if (org == null && type == FactType.EMPLOYMENT_END && !joinedIsTopic(doc, s, tr)
                && (doc.topic == null || !NonEmployers.excluded(doc, doc.topic))) {
            org = doc.topic; // not the outlet the story reports from («حسب مسح أجرته "X"»): it employs none of those it counts
        }
        if (org == null || persons.isEmpty()) {
            return null;
        }
        String employer = org;
        if (tr.arabic() && persons.size() == 1 && MinisterPosts.titledBefore(doc, s, persons.get(0))
                && doc.mentionsIn(s.firstToken(), s.endToken()).stream().noneMatch(m -> doc.id(m).equals(employer))) {
            return null; // «تنحى وزير النفط، فلان»: a government post, not one at a company named elsewhere
        }
        if (!tr.arabic()) {
            persons.addAll(companions(doc, tr, end, persons)); // "was fired alongside CFO A and B"
        }
        if (retold >= 0 && out.has(type, doc.id(retold), org)) {
            return null; // "she joined the company in 2019" after her hire was told: a look back, not a second move
        }
        if (taken != null && taken.held()) {
            for (int p : persons) { // «تولى فيها مناصب قيادية في دايملر»: worked there, no title
                out.add(FactType.ROLE, doc.id(p), org, null, null, null, null, null, Attributes.evidence(doc, s), 0.6);
            }
            return out.last();
        }
        var date = Attributes.date(doc, s, tr.startToken(), type);
        boolean future = Movers.future(doc, s, tr, date);
        if (future) {
            date = Attributes.ahead(doc, date);
        }
        Fact made = null;
        for (int p : persons) {
            if (type == FactType.EMPLOYMENT_END && Movers.toldInSentence(out, s, FactType.EMPLOYMENT_END, doc.id(p))) {
                continue; // already the predecessor of a succession told in this sentence
            }
            // a title a leaver is named with is the post left ("CTO X quit", "fired its chief executive, X", "the
            // resignation of X, its COO"); one before a newcomer's name, an earlier one
            String role = taken != null ? taken.role() : heldRole != null ? heldRole
                    : type == FactType.EMPLOYMENT_END ? leaversTitle(doc, s, p) : null;
            RoleMatch own = tr.arabic() && p != persons.get(0) ? Movers.namedPost(doc, s, p) : null;
            if (own != null) {
                role = own.mainRole(); // «تعيين A رئيسا تنفيذيا وB مديرا ماليا»: each hired takes the post after the name
            }
            if (ownPosts.containsKey(p)) {
                role = ownPosts.get(p); // "A as CFO and B as CTO": B's own post
            }
            if (type == FactType.EMPLOYMENT_START && tr.arabic() && !"board member".equals(role)
                    && org.equals(TakenRoles.apposedEmployer(doc, s, p))) {
                // «X، المدير المالي لـY، سيتولى منصب …»: a change of role, told as the current ROLE; English news tells
                // the new post as taken ("X, Acme's president, was named its chairman"), the apposed one as held
                continue;
            }
            if (type == FactType.EMPLOYMENT_START && role != null && tr.hire() && !tr.arabic() && !ownPosts.containsKey(p)
                    && promotedFromWithin(doc, s, p, org)) { // "A as CFO, B as CTO": the CFO before B's comma is A's post
                // "Acme named COO X as its next CEO": the new post is taken, and the one held until now stays a ROLE
                out.add(FactType.ROLE, doc.id(p), org, null, null, null, TakenRoles.titleHeld(doc, s, p), null,
                        Attributes.evidence(doc, s), 0.6);
            }
            if (type == FactType.EMPLOYMENT_START && future && !tr.hire() && role != null && insider(doc, s, p, org, out)) {
                // "Doe, who will become executive chairman", "Board member X will become chairman": a new post, not a new employer
                out.add(FactType.ROLE, doc.id(p), org, null, null, null, role, null, Attributes.evidence(doc, s), 0.6);
                continue;
            }
            out.add(type, doc.id(p), org, null, null, date, role, null, Attributes.evidence(doc, s), 0.7);
            made = out.last();
            boolean stated = taken != null || persons.size() == 1; // not the titles of a list of leavers
            // took up or left a stated post: Arabic news tells that the person held it («منذ تولي X منصب الرئيس»);
            // English news lets the move carry the post (FactCollector.toldAsMove)
            if (tr.arabic() && role != null && stated && (type == FactType.EMPLOYMENT_END || !future)) {
                out.add(FactType.ROLE, doc.id(p), org, null, null, null, role, null, Attributes.evidence(doc, s), 0.7);
                if (type == FactType.EMPLOYMENT_END && HeldPosts.ownPostNamed(doc, s, tr.startToken())) {
                    out.keepPost(doc.id(p), org); // «استقال من منصبه رئيسا تنفيذيا»: the post is told as held, not only left
                }
            }
            if (type == FactType.EMPLOYMENT_START) {
                Movers.predecessor(doc, s, tr, org, role, out);
                TakenRoles.Title left = tr.arabic() ? postLeftToBecome(doc, s, tr, p, org) : null;
                if (left != null) { // «فلان رئيس بنك X ليصبح رئيسا لبنك Y»: he leaves the post at X for the one at Y
                    out.add(FactType.EMPLOYMENT_END, doc.id(p), left.org(), null, null, date, left.role(), null,
                            Attributes.evidence(doc, s), 0.6);
                    out.keepPost(doc.id(p), left.org()); // the apposed title tells the post held until now
                }
            }
        }
        return made;
    }

    /**
     * The post the text has told {@code person} holds, took or left, when all it told are at one organization (the
     * latest told, for its title); null when none is told or they are at several. A post left is the one «تولى منصبه»
     * took, told after: «استقال X … حيث تولى منصبه قبل عام» («منصبه الجديد» is another, see HeldPosts.ownPostAfter).
     */
    private static Fact knownPost(FactCollector out, String person) {
        Fact post = null;
        for (Fact f : out.all()) {
            if (PEOPLES_FACTS.contains(f.type()) && f.type() != FactType.FOUNDED && person.equals(f.subject())
                    && f.object() != null) {
                if (post != null && !post.object().equals(f.object())) {
                    return null;
                }
                post = f.role() != null || post == null ? f : post;
            }
        }
        return post;
    }

    /** Whether «ليصبح» follows the trigger in its clause: the move is told from that verb on. */
    private static boolean becomesAfter(Doc doc, Trigger tr, int end) {
        for (int k = tr.endToken(); k < end; k++) {
            if (TO_BECOME.contains(doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * «فلان رئيس بنك X ليصبح رئيسا لبنك Y»: the title and employer between the mover's name and "so as to become",
     * another employer than the one of the post taken, are the post he leaves for it; or null.
     */
    private static TakenRoles.Title postLeftToBecome(Doc doc, Sentence s, Trigger tr, int p, String taken) {
        int k = doc.mention(p).endToken();
        if (!TO_BECOME.contains(doc.token(tr.startToken()).norm()) || k >= tr.startToken()) {
            return null;
        }
        RoleMatch title = ArabicRoles.match(doc.tokens, k, tr.startToken());
        int employer = title == null || title.group() ? -1 : doc.mentionAt[title.endToken()];
        if (employer < 0 || doc.type(employer) != EntityType.ORGANIZATION || doc.mention(employer).endToken() != tr.startToken()
                || doc.id(employer).equals(taken)) {
            return null;
        }
        return new TakenRoles.Title(title.mainRole(), doc.id(employer));
    }

    /**
     * "appointed Roe as CEO, following the departure of Doe": an English noun of leaving names its leaver after "of"
     * (past a title), not before it; or -1.
     */
    private static int leaverOf(Doc doc, Sentence s, Trigger tr, int end) {
        int k = tr.endToken();
        if (tr.arabic() || k + 1 >= end || !doc.token(k).is("of")) {
            return -1;
        }
        RoleMatch title = doc.mentionAt[k + 1] < 0 ? RoleFacts.match(doc, k + 1, end) : null;
        int at = title != null ? title.endToken() : k + 1;
        int m = at < end ? doc.mentionAt[at] : -1;
        return m >= 0 && doc.type(m) == EntityType.PERSON && doc.mention(m).startToken() == at ? m : -1;
    }

    /** Whether the one joined is a person titled at a company: "joins Acme's CEO Y", "joins Acme CEO Y". */
    private static boolean titledPersonJoined(Doc doc, Sentence s, Trigger tr, int end) {
        int k = tr.endToken();
        int org = k < end ? doc.mentionAt[k] : -1;
        if (tr.arabic() || org < 0 || doc.type(org) != EntityType.ORGANIZATION || doc.mention(org).startToken() != k) {
            return false;
        }
        int title = doc.mention(org).endToken();
        title += title < end && doc.token(title).is("'s") ? 1 : 0;
        RoleMatch r = title < end && doc.mentionAt[title] < 0 ? RoleFacts.match(doc, title, end) : null;
        int named = r != null && r.endToken() < end ? doc.mentionAt[r.endToken()] : -1;
        return named >= 0 && doc.type(named) == EntityType.PERSON;
    }

    /** Whether a person the English succession replaces is named after its verb ("succeeded Doe", "took over from Doe"). */
    private static boolean predecessorNamed(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.startToken(); k < tr.endToken(); k++) {
            if (Movers.personReplaced(doc, s, k) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The departure told of the person mention {@code p}, or null. */
    private static Fact departureOf(Doc doc, FactCollector out, int p) {
        if (p < 0) {
            return null;
        }
        for (Fact f : out.all()) {
            if (f.type() == FactType.EMPLOYMENT_END && f.subject().equals(doc.id(p))) {
                return f;
            }
        }
        return null;
    }

    /** The title a leaver is named with: before the name ("CTO X quit") or apposed after it ("X, its COO, quit"). */
    private static String leaversTitle(Doc doc, Sentence s, int p) {
        String before = TakenRoles.titleHeld(doc, s, p);
        String apposed = before != null ? before : TakenRoles.apposedRole(doc, s, p);
        TakenRoles.Title named = apposed == null ? TakenRoles.titleOfOrganizationBefore(doc, s, p) : null;
        return named != null ? named.role() : apposed; // «أقال … الرئيس التنفيذي لشركة X فلان»
    }

    /**
     * Whether the person is already at the organization: told to hold a post there or to leave one ("replaces Doe, who
     * will become …"), or named with a title of no other organization ("Board member X").
     */
    private static boolean insider(Doc doc, Sentence s, int p, String org, FactCollector out) {
        String person = doc.id(p);
        if (out.has(FactType.ROLE, person, org) || out.has(FactType.EMPLOYMENT_END, person, org)
                || Movers.replacedHere(doc, s, p)) {
            return true;
        }
        return (TakenRoles.roleBefore(doc, s, p) != null || boardMember(doc, s, p)) && titledHere(doc, s, p, org);
    }

    private static final Set<String> EARLIER = WordSet.of("former", "ex", "then", "onetime");

    /**
     * "Acme named research chief X as its next CEO": in English, a title held now, of no other company, before the name
     * of someone given a post is a promotion inside the company ("named former Google executive X" is a hire).
     */
    private static boolean promotedFromWithin(Doc doc, Sentence s, int p, String org) {
        int start = doc.mention(p).startToken();
        if (TakenRoles.titleHeld(doc, s, p) == null || !titledHere(doc, s, p, org)) {
            return false;
        }
        for (int k = Math.max(s.firstToken(), start - 6); k < start; k++) {
            if (EARLIER.contains(doc.token(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** "board member X": a seat on the board is a place at the company already. */
    private static boolean boardMember(Doc doc, Sentence s, int p) {
        int k = doc.mention(p).startToken();
        return k - 2 >= s.firstToken() && doc.token(k - 2).is("board") && doc.token(k - 1).is("member");
    }

    /** "Board member X", "Acme director X": a title before the name that names no organization, or names {@code org}. */
    private static boolean titledHere(Doc doc, Sentence s, int p, String org) {
        int start = doc.mention(p).startToken();
        for (int m : doc.mentionsIn(Math.max(s.firstToken(), start - 6), start)) {
            if (doc.type(m) == EntityType.ORGANIZATION && !doc.id(m).equals(org)) {
                return false; // "Mandiant founder X will become COO of FireEye": he comes from elsewhere
            }
        }
        return true;
    }

    /** «المرشح الأبرز لتولي», «أحد المرشحين لخلافة»: a candidate for the post. */
    private static final Set<String> CANDIDATES = WordSet.of("مرشح", "مرشحا", "مرشحه", "مرشحين",
            "مرشحون");

    /** Whether a word of candidacy stands within three words before the trigger: the post is sought, not taken. */
    private static boolean candidacy(Doc doc, Sentence s, Trigger tr) {
        for (int k = Math.max(s.firstToken(), tr.startToken() - 3); k < tr.startToken(); k++) {
            if (CANDIDATES.contains(Clitics.bare(doc.token(k).norm()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The person hired: named after the verb in the same phrase, not a speaker quoted later ("…, Roe said"), nor the
     * one a replacement is sought for («تعيين بديل لـX»).
     */
    private static int hiredPerson(Doc doc, Sentence s, Trigger tr, int end) {
        boolean subjectSeen = false;
        for (int k = tr.endToken(); k <= end && k < s.endToken(); k++) {
            int past = Grammar.pastSeatAside(doc.tokens, k, s.endToken());
            if (past > k && subjectSeen) {
                k = past - 1; // «عينت شركة X، ومقرها دبي، Y رئيسة»: the company's seat told aside
                continue;
            }
            if (Grammar.isComma(doc.token(k))) {
                // «عيّن مجلس إدارة شركة X، Y، رئيسا …»: the one hired set off by commas after the Arabic verb's subject;
                // "named current chairman, X, as CEO": after the title she holds now
                boolean setOff = tr.arabic() ? subjectSeen : TakenRoles.titleUpTo(doc, s, tr.endToken(), k) != null;
                int hired = setOff ? TakenRoles.setOffPerson(doc, s, k) : -1;
                // «عينت مجموعة X المتخصصة في …، فلان رئيسا تنفيذيا»: the comma closes the hirer's description
                return hired < 0 && setOff && tr.arabic() ? TakenRoles.hiredAfterComma(doc, s, k) : hired;
            }
            if (k == end) {
                return -1;
            }
            int m = doc.mentionAt[k];
            int next = m >= 0 && tr.arabic() ? personAt(doc, s, doc.mention(m).endToken()) : -1;
            if (m >= 0 && doc.type(m) == EntityType.PERSON && next >= 0) {
                m = next; // «وعين سلال فلان رئيسا»: the verb's subject, then the one he hires
            } else if (m >= 0 && doc.type(m) == EntityType.PERSON && tr.arabic()) {
                int titled = titledObject(doc, s, doc.mention(m).endToken());
                m = titled >= 0 ? titled : m;
            }
            if (m >= 0 && doc.type(m) == EntityType.PERSON) {
                return Movers.speaker(doc, s, m) || Movers.replacedHere(doc, s, m) ? -1 : m;
            }
            if (m >= 0) {
                subjectSeen = true;
                k = doc.mention(m).endToken() - 1;
            }
        }
        return -1;
    }

    /**
     * «أقال الأمير فلان الرئيس التنفيذي لشركة X علان»: after the verb's subject, a title with its employer and then a
     * name is the object the verb acts on, named with the post it holds; or -1.
     */
    private static int titledObject(Doc doc, Sentence s, int afterSubject) {
        RoleMatch title = afterSubject < s.endToken() ? ArabicRoles.match(doc.tokens, afterSubject, s.endToken()) : null;
        return title == null || title.group() ? -1 : RoleFacts.personAfterOrganization(doc, s, title.endToken());
    }

    private static String organizationAfter(Doc doc, Sentence s, Trigger tr, int end) {
        for (int k = tr.endToken(); k < Math.min(end, tr.endToken() + 8); k++) {
            if (tr.type() == FactType.EMPLOYMENT_END && joinsNext(doc, s, k)) {
                return null; // "resigned to join Halden Bank": the company after is the next employer, not the one left
            }
            int m = doc.mentionAt[k];
            if (m >= 0 && k == tr.endToken() && Movers.succession(doc, tr)) {
                k = doc.mention(m).endToken() - 1; // "Roe replaced KR Rao": the name after is the one replaced, whatever its type
                continue;
            }
            if (m >= 0 && tr.type() == FactType.EMPLOYMENT_START && doc.token(k - 1).is(tr.arabic() ? "من" : "from")) {
                // «انتقل X من بنك Y إلى شركة Z», "she joins from Unilever": the employer left, not the one joined
                k = doc.mention(m).endToken() - 1;
                continue;
            }
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION && (formerOf(doc, s, k) || addressee(doc, s, k))) {
                // "replaced by Roe, the former Apple executive": where Roe was before; "confirmed Roe's exit in a
                // letter to the Capital Markets Authority": the one told of the move
                k = doc.mention(m).endToken() - 1;
                continue;
            }
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                return doc.id(m);
            }
            if (m < 0 && Anaphora.length(doc, k, s) > 0) {
                return Anaphora.resolve(doc, k);
            }
        }
        return null;
    }

    /** Words that make the company named right after them a past one: "the former Apple executive", "ex-Acme". */
    private static final Set<String> FORMER = WordSet.of("former", "ex", "erstwhile");

    /**
     * The people named right after "alongside", "along with" or "together with" the move's trigger, who move with
     * its doer: "Munir was fired alongside chief finance officer Chris Kisire and Boniface Biko".
     */
    private static List<Integer> companions(Doc doc, Trigger tr, int end, List<Integer> persons) {
        int k = tr.endToken();
        if (k + 1 < end && (doc.token(k).is("along") || doc.token(k).is("together")) && doc.token(k + 1).is("with")) {
            k++;
        } else if (k >= end || !doc.token(k).is("alongside")) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int m : doc.mentionsIn(k + 1, end)) {
            if (doc.type(m) == EntityType.PERSON && !persons.contains(m)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Writings a move is told in, whose addressee follows "to" or "with": "in a letter to the regulator". */
    private static final Set<String> WRITINGS = WordSet.of("letter", "statement", "filing", "notice", "notification",
            "memo", "email", "e-mail", "submission", "disclosure", "note", "circular");

    /** Whether the name at {@code k} is the one a writing is sent to: "a letter to X", "a filing with X". */
    private static boolean addressee(Doc doc, Sentence s, int k) {
        int b = k - 1;
        if (b > s.firstToken() && doc.token(b).is("the")) {
            b--; // "a letter to the Capital Markets Authority"
        }
        return b - 1 >= s.firstToken() && (doc.token(b).is("to") || doc.token(b).is("with"))
                && WRITINGS.contains(doc.token(b - 1).norm());
    }

    /** Whether the name at {@code k} follows "former" or "ex-": a company someone was at, not the one moved to or from. */
    private static boolean formerOf(Doc doc, Sentence s, int k) {
        int b = k - 1;
        if (b > s.firstToken() && doc.token(b).is("-")) {
            b--;
        }
        return b >= s.firstToken() && FORMER.contains(doc.token(b).norm());
    }

    /**
     * What one joins or leaves that is no employer: an event, a crowd, a contest or a room ("joined the protest",
     * "left the meeting", "stepped down from the stage").
     */
    private static final Set<String> EVENTS = WordSet.of("protest", "protests", "protesters", "rally", "strike",
            "strikes", "march", "boycott", "call", "calls", "chorus", "race", "queue", "campaign", "fight", "battle",
            "movement", "talks", "meeting", "summit", "celebration", "celebrations", "crowd", "crowds", "debate",
            "discussion", "conversation", "trend", "exodus", "wave", "rush", "lawsuit", "petition", "outcry", "stage",
            "podium", "room", "hall", "venue", "conference", "event");

    /** The same in Arabic, folded and without «ال»: «انضم إلى الاحتجاجات», «غادر الاجتماع». */
    private static final Set<String> ARABIC_EVENTS = WordSet.of("احتجاج", "احتجاجات", "اجتماع", "مظاهره", "مظاهرات",
            "تظاهره", "وقفه", "قمه", "موتمر", "حفل", "مفاوضات", "محادثات", "حمله", "سباق", "جلسه");

    /**
     * ", leaving the town short of 300 jobs", ", leaving shareholders with losses": "leaving" after a comma
     * opens a clause telling what the sentence's news left behind, not a departure.
     */
    private static boolean resultClause(Doc doc, Sentence s, Trigger tr) {
        int k = tr.startToken();
        return !tr.arabic() && doc.token(k).is("leaving") && k > s.firstToken() && Grammar.isComma(doc.token(k - 1));
    }

    /** "joined the protest", "left a meeting", «غادر الاجتماع»: the verb's object is an event or a room. */
    private static boolean eventAfter(Doc doc, Trigger tr, int end) {
        int k = tr.endToken();
        if (tr.arabic()) {
            if (k < end && doc.mentionAt[k] >= 0 && doc.type(doc.mentionAt[k]) == EntityType.PERSON) {
                k = doc.mention(doc.mentionAt[k]).endToken(); // «انضم أحمد سالم إلى …»: past the doer after the verb
            }
            if (k < end && doc.token(k).is("الي")) {
                k++; // «انضم إلى»
            }
            return k < end && doc.mentionAt[k] < 0 && Grammar.anyReading(ARABIC_EVENTS, doc.token(k));
        }
        if (k < end && doc.token(k).is("from")) {
            k++;
        }
        if (k < end && (doc.token(k).is("the") || doc.token(k).is("a") || doc.token(k).is("an"))) {
            k++;
        }
        return k < end && doc.mentionAt[k] < 0 && EVENTS.contains(doc.token(k).norm());
    }

    /** Owners of the thing a leaver leaves: "his other commitments", "its popular apps" (what a founder leaves behind). */
    private static final Set<String> OWNERS = WordSet.of("his", "her", "their", "its");
    /**
     * What a company's own thing is left as ("leaving its apps available"): with "its", only such a complement makes the
     * thing no post, since "left its executive committee" and "left its management team" are departures.
     */
    private static final Set<String> LEFT_AS = WordSet.of("available", "intact", "unchanged", "open", "running", "online",
            "untouched", "alone");
    private static final int LEFT_AS_REACH = 6;
    /** Words before a trigger used as a noun or an adjective: "the departure of X", "its departing CEO". */
    private static final Set<String> DETERMINERS = WordSet.of("the", "a", "an", "its", "his", "her", "their");

    /**
     * Whether the leaver's own thing after the verb is something other than a post ("exits his other commitments",
     * "leaving its apps available", not "quit his job", "resigned his seat on the board", "left its board").
     */
    private static boolean ownNonPost(Doc doc, Sentence s, Trigger tr) {
        int k = tr.endToken();
        if (k >= s.endToken() || !OWNERS.contains(doc.token(k).norm())) {
            return false;
        }
        for (int j = k + 1; j < Math.min(s.endToken(), k + 4); j++) {
            if (PostNounPhrases.POST_NOUNS.contains(doc.token(j).norm()) || doc.token(j).is("seat")
                    || doc.token(j).is("board") && j == k + 1) { // "left its board", not "his other board commitments"
                return false;
            }
        }
        if (!doc.token(k).is("its")) {
            return true;
        }
        for (int j = k + 2; j < Math.min(s.endToken(), k + LEFT_AS_REACH); j++) {
            if (LEFT_AS.contains(doc.token(j).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether "to join", "to take up the role" … opens between {@code from} and {@code to}. */
    private static boolean joinedBefore(Doc doc, Sentence s, int from, int to) {
        for (int k = from; k < Math.min(to, s.endToken()); k++) {
            if (joinsNext(doc, s, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether "to join", "to rejoin" … (a hire's trigger after "to") starts at token {@code k}. */
    private static boolean joinsNext(Doc doc, Sentence s, int k) {
        if (!doc.token(k).is("to") || k + 1 >= s.endToken()) {
            return false;
        }
        Trigger next = doc.trigger(k + 1, s.endToken());
        return next != null && next.type() == FactType.EMPLOYMENT_START;
    }

    /** "quit on Monday to rejoin Acme" in a story about Acme: the company the story is about is the one joined. */
    private static boolean joinedIsTopic(Doc doc, Sentence s, Trigger tr) {
        for (int k = tr.endToken(); k < s.endToken(); k++) {
            if (joinsNext(doc, s, k)) {
                for (int m : doc.mentionsIn(k, Math.min(s.endToken(), k + 6))) {
                    if (doc.id(m).equals(doc.topic)) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The one «عيّنه» hires: the person named last before it, in its sentence or the one before. */
    private static int pronounHired(Doc doc, Sentence s, Trigger tr) {
        int p = lastBefore(doc, s, tr.startToken(), EntityType.PERSON);
        if (p < 0 && s.index() > 0) {
            Sentence previous = doc.sentences.get(s.index() - 1);
            p = lastBefore(doc, previous, previous.endToken(), EntityType.PERSON);
        }
        return p;
    }

    private static int lastBefore(Doc doc, Sentence s, int token, EntityType type) {
        List<Integer> before = doc.mentionsIn(s.firstToken(), token);
        for (int k = before.size() - 1; k >= 0; k--) {
            if (doc.type(before.get(k)) == type) {
                return before.get(k);
            }
        }
        return -1;
    }

    /**
     * "Jane Roe, lead product manager at Acme", "head engineer at Acme": an English verb of leading that opens a longer
     * title ending in a post noun, or going on with "of", is the title's first word, and the title, read as written, is the post. After a modal
     * or "to" it stays a verb ("will lead engineering at Acme"), and so before what names no post ("head research").
     */
    private static boolean startsLongerTitle(Doc doc, Sentence s, Trigger tr) {
        RoleMatch title = tr.arabic() ? null : RoleFacts.match(doc, tr.startToken(), s.endToken());
        if (title == null || title.endToken() <= tr.endToken() || !POST_NOUNS.contains(doc.token(title.endToken() - 1).norm())
                && !doc.token(tr.endToken()).is("of")) {
            return false; // "head of research" is a title too
        }
        return tr.startToken() == s.firstToken() || !VERB_BEFORE.contains(doc.token(tr.startToken() - 1).norm());
    }

    /** Nouns that end a title naming a post: "lead product manager", "head engineer". */
    private static final Set<String> POST_NOUNS = WordSet.of("manager", "managers", "engineer", "engineers", "officer",
            "director", "designer", "designers", "architect", "scientist", "analyst", "counsel", "editor", "developer",
            "developers", "researcher", "strategist", "economist", "consultant", "partner", "coach", "writer", "producer",
            "specialist", "advisor", "adviser", "trainer", "chef", "buyer", "investigator", "negotiator", "organizer");

    /** Words after which "lead" or "head" is a verb: "will lead", "to head". */
    private static final Set<String> VERB_BEFORE = WordSet.of("will", "would", "to", "shall", "may", "might", "can",
            "could", "should", "must", "also", "now", "'ll");

    /**
     * "لقيادة مختبر …", "to spearhead … Meta Superintelligence Labs": the person before heads the unit after; an
     * Arabic verb names its doer after it («يترأس فلان مجلس إدارة X») or after its object («سيترأس مجلس إدارة X فلان»).
     * A board before the organization, or "chairs", makes the head its chairman, and a verb of the future makes the
     * post one taken.
     */
    static Fact lead(Doc doc, Sentence s, Trigger tr, FactCollector out) {
        if (TriggerFacts.passiveBy(doc, s, tr) >= 0 || startsLongerTitle(doc, s, tr)
                || !tr.arabic() && tr.endToken() < s.endToken() && MOTION.contains(doc.token(tr.endToken()).norm())) {
            return null; // "heads to Dubai", "ran for office": a way gone, no unit headed
        }
        int doer = tr.arabic() ? personAt(doc, s, RoleFacts.skipHonorifics(doc, s, Grammar.pastQuotes(doc, s, tr.endToken()))) : -1;
        int from = doer >= 0 ? doc.mention(doer).endToken() : tr.endToken();
        int org = -1;
        String described = null; // "who is at the helm of the company": the organization a description stands for
        boolean board = false;
        if (tr.arabic() && ownedByPronoun(doc.token(tr.startToken()))) {
            if (doer < 0) {
                return null; // «إن الفريق يقودها نحو النمو»: its doer is no person named after it
            }
            described = pronounsCompany(doc, s, tr.startToken(), out); // «ويقودها فلان منذ 2019»: it is the company told of
            from = s.endToken();
        }
        for (int k = from; k < Math.min(s.endToken(), from + 7); k++) {
            int m = doc.mentionAt[k];
            if (m >= 0 && !tr.arabic() && doc.type(m) == EntityType.LOCATION && doc.mention(m).endToken() < s.endToken()
                    && doc.mentionAt[doc.mention(m).endToken()] < 0) {
                k = doc.mention(m).endToken() - 1; // "heads the Gulf unit at Acme", "ran Acme's Asia business": the unit's region
                continue;
            }
            if (m >= 0) {
                org = doc.type(m) == EntityType.ORGANIZATION ? m : -1;
                break;
            }
            if (!tr.arabic() && dealBetween(doc, s, k)) {
                return null; // "oversaw the acquisition of Acme", "led the investment in Acme": a deal's part, no post
            }
            int phrase = tr.arabic() ? 0 : Anaphora.length(doc, k, s);
            // "runs the mining business of Acme", "heads the payments business at Acme": the unit of the company named after
            boolean owned = phrase > 0 && k + phrase < s.endToken() && UNIT_OWNERS.contains(doc.token(k + phrase).norm());
            if (phrase > 0 && !owned) { // not "heads the company's cloud unit", which is no head of the company
                described = k + phrase < s.endToken() && doc.token(k + phrase).is("'s") ? null : Anaphora.resolve(doc, k);
                break;
            }
            if (owned) {
                k += phrase - 1; // "runs the mining business of Acme": the owner after "of" is the organization
                continue;
            }
            String n = Clitics.withoutConjunction(doc.token(k).norm());
            board |= n.equals("مجلس");
            if (tr.arabic() && board && ITS_BOARD.contains(n)) {
                described = pronounsCompany(doc, s, tr.startToken(), out); // «ويرأس مجلس إدارتها فلان»
                doer = doer >= 0 ? doer : personAt(doc, s, RoleFacts.skipHonorifics(doc, s, k + 1));
                break;
            }
            if (tr.arabic() && !BOARD.contains(n) && !Grammar.isArabicOrgCue(doc.token(k)) && !Grammar.isQuote(doc.token(k))) {
                return null; // «ترأس اجتماع الجمعية العمومية لشركة X»: what is presided over is not the organization
            }
        }
        if (org >= 0 && !tr.arabic() && dealOfOrganization(doc, s, doc.mention(org).endToken())) {
            return null; // "previously led Acme's bid for the mine": the company's deal, no post in it
        }
        int person = doer >= 0 ? doer : lastBefore(doc, s, tr.startToken(), EntityType.PERSON);
        if (person >= 0 && !tr.arabic() && DOER_NEXT.contains(doc.token(tr.startToken()).norm())
                && !leaderRightBefore(doc, doc.mention(person).endToken(), tr.startToken())) {
            return null; // "Roe said the bank ran a pilot with Acme": the past verb's doer is not the person named earlier
        }
        if (person < 0 && tr.arabic() && org >= 0) {
            person = personAt(doc, s, RoleFacts.skipHonorifics(doc, s, Grammar.pastQuotes(doc, s, doc.mention(org).endToken())));
        }
        String orgId = org >= 0 ? doc.id(org) : described;
        if (orgId == null || person < 0) {
            return null;
        }
        String role = board || doc.token(tr.startToken()).is("chairs") ? "chairman" : "head";
        if (tr.arabic() && Movers.future(doc, s, tr, null)) {
            out.add(FactType.EMPLOYMENT_START, doc.id(person), orgId, null, null,
                    Attributes.date(doc, s, tr.startToken(), FactType.EMPLOYMENT_START), role, null, Attributes.evidence(doc, s), 0.6);
            return null; // «سيترأس»: a post to be taken
        }
        out.add(FactType.ROLE, doc.id(person), orgId, null, null, null, role, null, Attributes.evidence(doc, s), 0.6);
        return null;
    }

    /** Words after an English verb of heading that make it one of going: "heads to Dubai", "ran for office". */
    private static final Set<String> MOTION = WordSet.of("to", "for", "into", "toward", "towards", "back", "home", "out",
            "off", "away", "from", "across", "through");

    /** "the payments business at Acme", "the Gulf unit of Acme": a unit phrase whose company is named after it. */
    private static final Set<String> UNIT_OWNERS = WordSet.of("of", "at", "for");

    /**
     * Verbs of heading in the past or of overseeing ("ran", "headed", "oversaw"), which tell many acts besides holding a
     * post ("ran a pilot", "headed the talks"): their leader must be named right before them.
     */
    private static final Set<String> DOER_NEXT = WordSet.of("ran", "headed", "oversaw", "oversees", "helmed", "heading",
            "previously", "formerly", "once");

    /** What may stand between a leader's name and the verb: "X, who previously ran", "X had headed". */
    private static final Set<String> LEADER_LINKS = WordSet.of(",", "who", "previously", "formerly", "once", "also",
            "had", "has", "then", "later", "earlier", "most", "recently", "currently", "now", "still", "after", "before");

    private static boolean leaderRightBefore(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!LEADER_LINKS.contains(doc.token(k).norm())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the company's own deal follows its name: "Acme's bid", "Acme's $5 million round". */
    private static boolean dealOfOrganization(Doc doc, Sentence s, int k) {
        if (k >= s.endToken() || !doc.token(k).is("'s")) {
            return false;
        }
        for (int j = k + 1; j < Math.min(s.endToken(), k + 5) && doc.mentionAt[j] < 0; j++) {
            if (dealBetween(doc, s, j)) {
                return true;
            }
        }
        return false;
    }

    /** Things one leads that are no unit of a company: a round, a deal, a delegation. */
    private static final Set<String> LED_ACTS = WordSet.of("round", "rounds", "funding", "financing", "raise", "deal", "deals",
            "bid", "negotiations", "delegation", "effort", "efforts", "push", "charge", "consortium", "series", "seed",
            "ipo", "listing", "offering", "investment", "investments", "acquisition", "merger", "review", "probe", "investigation");

    /** Whether token {@code k} names a deal or an event ("the round", "the talks", "the acquisition"): what is led is no unit. */
    private static boolean dealBetween(Doc doc, Sentence s, int k) {
        if (LED_ACTS.contains(doc.token(k).norm()) || EVENTS.contains(doc.token(k).norm())) {
            return true; // "led the $5 million round in Acme", "headed the talks with Acme"
        }
        Trigger t = doc.trigger(k, s.endToken());
        return t != null && t.type() != FactType.ROLE && t.type() != FactType.EMPLOYMENT_START
                && t.type() != FactType.EMPLOYMENT_END;
    }

    /** «مجلس إدارتها»: the board of the company a pronoun stands for. */
    private static final Set<String> ITS_BOARD = WordSet.of("ادارتها", "ادارته");

    /** Verbs of heading (folded) that may carry their object as a pronoun: يقودها، يترأسها، تديره. */
    private static final Set<String> HEADING_VERBS = WordSet.of("يقود", "تقود", "قاد", "قادت", "يدير", "تدير", "ادار",
            "ادارت", "يراس", "يتراس", "تتراس", "تراس", "راس", "راست", "سيقود", "ستقود", "سيدير", "ستدير", "سيراس", "سيتراس", "ستتراس");

    /** «يقودها», «يترأسها», «تديره»: a verb of heading whose object, the organization, is a pronoun on it. */
    private static boolean ownedByPronoun(Token verb) {
        String n = Clitics.withoutConjunction(verb.norm());
        return n.endsWith("ها") && HEADING_VERBS.contains(n.substring(0, n.length() - 2))
                || n.endsWith("ه") && HEADING_VERBS.contains(n.substring(0, n.length() - 1));
    }

    /** The company a pronoun stands for: the last one named before it in the sentence, else the doer of the one before. */
    private static String pronounsCompany(Doc doc, Sentence s, int token, FactCollector out) {
        String owner = RoleEmployers.possessiveOwner(doc, s, token, out);
        return owner != null ? owner : Anaphora.previousDoer(doc, s);
    }

    /** The board an Arabic verb of heading may govern before its organization: «مجلس إدارة X». */
    private static final Set<String> BOARD = WordSet.of("مجلس", "اداره");

    private static int personAt(Doc doc, Sentence s, int k) {
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.PERSON && doc.mention(m).startToken() == k ? m : -1;
    }
}
