package dev.khabar.core.facts;

import static dev.khabar.core.facts.Grammar.ORGANIZATION;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.numbers.Quantity;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Layoffs: a trigger (تسريح، خفض، laid off, cut…) with a number of jobs or people. A sentence listing several
 * companies ("خفضت أمازون 18 ألف وظيفة، تليها جوجل بتسريح 12 ألف وظيفة ومايكروسوفت مع 10 آلاف") gives each number
 * to the company named before it; a company set apart ("بصرف النظر عن أبل", "except Apple") gets none.
 */
final class LayoffFacts {
    private static final Set<String> EXCEPT = WordSet.of("عن", "باستثناء", "عدا", "سوي", "except", "apart", "besides",
            "unlike", "excluding");

    private LayoffFacts() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        List<Integer> triggers = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (doc.mentionAt[i] < 0) {
                Trigger tr = doc.trigger(i, s.endToken());
                boolean layoff = tr != null && (tr.type() == FactType.LAYOFF || givesUpPeople(doc, s, tr)) || givesUpAfterDoer(doc, s, i);
                if (layoff && !Negation.denied(doc, s, i)) {
                    triggers.add(i);
                }
            }
        }
        if (triggers.isEmpty()) {
            return;
        }
        List<Quantity> counts = doc.counts.get(s.index());
        for (int trigger : triggers) {
            if (!hasCountInClause(doc, s, trigger, counts)) {
                withoutCount(doc, s, trigger, out); // "تقليص 10% من موظفيها", "cut 5% of its workforce"
            }
        }
        int firstTrigger = triggers.get(0);
        int segmentStart = s.firstToken();
        for (Quantity c : counts) {
            boolean passive = passiveSubject(doc, s, c, firstTrigger);
            int reach = passive ? PASSIVE_REACH : 4;
            if (c.startToken() + reach < firstTrigger || headcount(doc, s, c.startToken())) {
                segmentStart = c.endToken();
                continue;
            }
            String agent = passive ? passiveAgent(doc, s, firstTrigger) : null;
            String subject = subject(doc, s, segmentStart, c.startToken(), agent, out);
            if (subject == null) {
                subject = frontedDoer(doc, s, c);
            }
            if (subject != null) {
                var date = Attributes.date(doc, s, c.startToken(), FactType.LAYOFF);
                out.add(FactType.LAYOFF, subject, null, null, c.value().intValueExact(), date, null, null,
                        Attributes.evidence(doc, s), 0.8);
                for (String co : listedWith(doc, s, firstTrigger, subject, segmentStart, c.startToken())) {
                    out.add(FactType.LAYOFF, co, null, null, null, date, null, null, Attributes.evidence(doc, s), 0.6);
                }
            }
            segmentStart = c.endToken();
        }
    }

    /** How far before a passive trigger its counted subject may stand, past an aside: "12,000 workers, or about 6% of its workforce, would be". */
    private static final int PASSIVE_REACH = 14;

    /** "said 12,000 workers … would be laid off": a count of staff that is the subject of a passive trigger. */
    private static boolean passiveSubject(Doc doc, Sentence s, Quantity c, int trigger) {
        return trigger > s.firstToken() && Grammar.PASSIVE_AUXILIARIES.contains(doc.token(trigger - 1).norm())
                && c.endToken() < trigger && (WORKFORCE.contains(doc.token(c.endToken()).norm())
                || WORKFORCE.contains(doc.token(c.endToken() - 1).norm())); // the count may hold its noun
    }

    /** Words after a passive layoff naming where the cut falls or who makes it: "cut at X", "laid off by X". */
    private static final Set<String> AGENT_MARKERS = WordSet.of("at", "by", "across");
    /** Conjunctions opening the clause that tells who cut: "were reduced when the company scaled back production". */
    private static final Set<String> CAUSE_MARKERS = WordSet.of("when", "as", "after", "because");
    /** How far after the passive trigger its agent may be looked for: "were cut last year at X". */
    private static final int AGENT_REACH = 5;

    /**
     * "Some 120 positions were cut at Marrow Textiles", "400 workers were laid off by Corvel", "190 positions were
     * reduced when the company scaled back": the company a passive layoff names after its trigger, when nothing before
     * the count names the doer; or null. Only a company right after the marker counts ("at its Dover plant" names none).
     */
    private static String passiveAgent(Doc doc, Sentence s, int trigger) {
        Trigger tr = doc.trigger(trigger, s.endToken());
        int from = tr == null ? trigger + 1 : tr.endToken();
        for (int k = from; k + 1 < Math.min(s.endToken(), from + AGENT_REACH); k++) {
            if (doc.mentionAt[k] >= 0 || Grammar.isComma(doc.token(k))) {
                return null;
            }
            if (AGENT_MARKERS.contains(doc.token(k).norm())) {
                int m = doc.mentionAt[k + 1];
                return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
            }
            if (CAUSE_MARKERS.contains(doc.token(k).norm())) {
                int m = doc.mentionAt[k + 1];
                if (m >= 0) {
                    return doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
                }
                return Anaphora.length(doc, k + 1, s) > 0 ? Anaphora.resolve(doc, k + 1) : null;
            }
        }
        return null;
    }

    /** Words between a verb and the number it governs: «نحو»، «أكثر من»، «ما يقارب». */
    private static final Set<String> BEFORE_NUMBER = WordSet.of("نحو", "حوالي", "اكثر", "اقل", "من", "ما", "يقارب",
            "يصل", "الي", "قرابه");

    /**
     * «التخلي عن 10 آلاف موظف», «تخلت عن 500 عامل», «بالتخلي عن 25 في المائة من موظفيها»: giving up a post is a
     * departure, giving up a number or a share of people is a layoff.
     */
    private static boolean givesUpPeople(Doc doc, Sentence s, Trigger tr) {
        if (tr.type() != FactType.EMPLOYMENT_END || !tr.arabic()) {
            return false;
        }
        return peopleCountedFrom(doc, s, tr.endToken());
    }

    /** A number of people, or a share of the staff, from token {@code from}: «نحو 300», «25 في المائة من موظفيها». */
    private static boolean peopleCountedFrom(Doc doc, Sentence s, int from) {
        int k = from;
        while (k < s.endToken() && BEFORE_NUMBER.contains(doc.token(k).norm())) {
            k++;
        }
        for (Quantity c : doc.counts.get(s.index())) {
            if (c.startToken() == k) {
                return true;
            }
        }
        return k < s.endToken() && doc.token(k).script() == Script.NUMBER && ofStaff(doc, s, k + 1);
    }

    /** The verbs of «تخلت عن» ("gave up"), its «عن» after the doer (verb, doer, object is the plain Arabic order). */
    private static final Set<String> GIVE_UP = WordSet.of("تخلت", "تخلي", "تتخلي", "ستتخلي", "يتخلي", "سيتخلي");
    /** The verbs of «أنهت خدمات» ("ended the services of"), its «خدمات» after the doer. */
    private static final Set<String> END_SERVICES = WordSet.of("انهت", "انهي", "تنهي", "ستنهي", "ينهي", "سينهي");

    /**
     * «تخلت شركة "X" عن 300 موظف», «وتخلت X عن 30 في المائة من موظفيها», «أنهت شركة X خدمات 300 موظف»: the doer parts
     * the verb from its «عن» or «خدمات»; a number of people after it makes it a layoff, as {@link #givesUpPeople} reads
     * the joined form.
     */
    private static boolean givesUpAfterDoer(Doc doc, Sentence s, int verb) {
        String v = Clitics.withoutConjunction(doc.token(verb).norm());
        String goesOn = GIVE_UP.contains(v) ? "عن" : END_SERVICES.contains(v) ? "خدمات" : null;
        if (goesOn == null) {
            return false;
        }
        int k = verb + 1;
        while (k < s.endToken() && doc.mentionAt[k] < 0 && k < verb + 3
                && (Grammar.isArabicOrgCue(doc.token(k)) || Grammar.isQuote(doc.token(k)))) {
            k++;
        }
        if (k >= s.endToken() || doc.mentionAt[k] < 0 || doc.type(doc.mentionAt[k]) != EntityType.ORGANIZATION) {
            return false;
        }
        k = doc.mention(doc.mentionAt[k]).endToken();
        while (k < s.endToken() && Grammar.isQuote(doc.token(k))) {
            k++;
        }
        return k < s.endToken() && doc.token(k).is(goesOn) && peopleCountedFrom(doc, s, k + 1);
    }

    /** «… في المائة من موظفيها», «…% من العاملين»: a share whose «من» names the staff within a few words. */
    private static boolean ofStaff(Doc doc, Sentence s, int from) {
        for (int j = from; j + 1 < Math.min(s.endToken(), from + 5); j++) {
            if (doc.mentionAt[j] >= 0) {
                return false;
            }
            if (doc.token(j).is("من") && WORKFORCE.contains(doc.token(j + 1).norm())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCountInClause(Doc doc, Sentence s, int trigger, List<Quantity> counts) {
        int from = Grammar.phraseStart(doc, trigger, s);
        int to = Grammar.phraseEnd(doc, trigger, s);
        for (Quantity c : counts) {
            if (c.startToken() >= from && c.endToken() <= to) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WORKFORCE = WordSet.of("workforce", "staff", "employees", "jobs", "workers",
            "positions", "roles", "headcount", "العامله", "موظفيها", "موظفيه", "الوظائف", "وظائف", "العاملين", "الموظفين");

    private static final Set<String> STAFF_BEFORE = WordSet.of("job", "jobs", "staff", "workforce", "headcount");

    /** "its Ruston plant", "their Ohio unit": a name owned by the doer describes what it closes, it is not the doer. */
    private static final Set<String> OWNERS = WordSet.of("its", "their", "his", "her", "our");

    /** "Salesforce will cut 10% of its workforce": a layoff without a number, when its doer is named in the clause. */
    private static void withoutCount(Doc doc, Sentence s, int trigger, FactCollector out) {
        // "job cuts", "staff reductions": the staff named right before the noun
        boolean staff = trigger > s.firstToken() && STAFF_BEFORE.contains(doc.token(trigger - 1).norm());
        for (int k = trigger + 1; k < Math.min(s.endToken(), trigger + 7); k++) {
            staff |= WORKFORCE.contains(doc.token(k).norm()) || WORKFORCE.contains(Clitics.bare(doc.token(k).norm()));
        }
        Trigger tr = doc.trigger(trigger, s.endToken());
        if (tr == null) {
            return; // «تخلت X عن …» without a count: its doer is read by the count's own rule or not at all
        }
        boolean arabicStaff = tr.arabic() && ArabicLayoffs.namesStaff(doc, s, trigger);
        if (!staff && !arabicStaff && !unstatedNumber(doc, s, trigger)) {
            return;
        }
        List<String> doers = arabicStaff ? ArabicLayoffs.doersAfter(doc, s, tr) : new ArrayList<>();
        if (doers.isEmpty() && tr.arabic()) {
            doers = ArabicLayoffs.doersOfLightVerb(doc, s, tr);
        }
        if (doers.isEmpty()) {
            doers = namedAfterEach(doc, s, trigger);
        }
        if (doers.isEmpty() && !tr.arabic()) {
            doers = Grammar.coordinatedBefore(doc, s, trigger, Grammar.ORGANIZATION);
        }
        if (doers.isEmpty() && tr.arabic()) {
            doers = ArabicLayoffs.listBeforeRelative(doc, s, tr); // «A و"B" وغيرها من الشركات التي خفضت»
        }
        int m = TriggerFacts.subjectMention(doc, s, tr, ORGANIZATION);
        if (doers.isEmpty() && m < 0 && tr.arabic()) {
            m = DealParties.outsideClause(doc, s, tr, ORGANIZATION); // «أعلنت X أنها تعتزم خفض …»
        }
        if (doers.isEmpty() && m >= 0) {
            doers.add(doc.id(m));
            doers.addAll(listedWith(doc, s, trigger, doc.id(m), s.firstToken(), s.endToken()));
        }
        int anaphor = doers.isEmpty() && !tr.arabic() ? Anaphora.firstIn(doc, s, Grammar.clauseStart(doc, trigger, s), trigger) : -1;
        String resolved = anaphor >= 0 ? Anaphora.resolve(doc, anaphor) : null;
        if (resolved != null) {
            doers.add(resolved); // "The tech giant also made job cuts"
        }
        for (String doer : doers) {
            out.add(FactType.LAYOFF, doer, null, null, null, Attributes.date(doc, s, trigger, FactType.LAYOFF), null, null,
                    Attributes.evidence(doc, s), 0.6);
        }
    }

    /**
     * «أعلنت شركتا A وB تسريح …», «سرحت كل من A وB 12 ألف موظف»: the companies listed with the Arabic doer {@code id}
     * (its last mention between {@code from} and {@code to}) lay off too; a count is the list's together, so told on
     * the doer the rules found only.
     */
    private static List<String> listedWith(Doc doc, Sentence s, int trigger, String id, int from, int to) {
        Trigger tr = doc.trigger(trigger, s.endToken());
        List<String> out = new ArrayList<>();
        if (tr == null || !tr.arabic()) {
            return out;
        }
        int doer = -1;
        for (int m : doc.mentionsIn(from, to)) {
            doer = doc.id(m).equals(id) ? m : doer;
        }
        for (int co : doer < 0 ? List.<Integer>of() : ArabicSubjectLists.others(doc, s, tr, doer, ORGANIZATION)) {
            if (!out.contains(doc.id(co))) {
                out.add(doc.id(co));
            }
        }
        return out;
    }

    /** «تسريح عدد من موظفيها», "laying off dozens of workers": people laid off without their number. */
    private static final Set<String> SOME = WordSet.of("عدد", "مئات", "الاف", "عشرات", "dozens", "hundreds", "thousands", "number");

    private static boolean unstatedNumber(Doc doc, Sentence s, int trigger) {
        for (int k = trigger + 1; k < Math.min(s.endToken() - 1, trigger + 4); k++) {
            if (SOME.contains(Clitics.bare(doc.token(k).norm())) && (doc.token(k + 1).is("من") || doc.token(k + 1).is("of"))) {
                return true;
            }
        }
        return false;
    }

    /** «أعلنت كل من شركتي A الأمريكية و B عن تسريح», "both A and B are cutting": each company named is a doer. */
    private static final Set<String> EACH = WordSet.of("كل", "كلا", "both");

    private static List<String> namedAfterEach(Doc doc, Sentence s, int trigger) {
        List<String> out = new ArrayList<>();
        int from = Grammar.clauseStart(doc, trigger, s);
        for (int k = from; k < trigger - 1 && out.isEmpty(); k++) {
            if (doc.mentionAt[k] < 0 && EACH.contains(Clitics.bare(doc.token(k).norm()))) {
                for (int m : doc.mentionsIn(k + 1, trigger)) {
                    if (doc.type(m) == EntityType.ORGANIZATION && !out.contains(doc.id(m))) {
                        out.add(doc.id(m));
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Reuters reported that the company laid off …": an anaphor right before the count is the nearer doer; else the
     * company the clause names; else "الشركة سرحت 6 آلاف موظف", "the company laid off 30 more": the company an anaphor
     * anywhere before the count stands for; else the company a subject pronoun stands for ("It will cut 150 jobs"); else
     * the {@code agent} a passive names after its trigger ("were cut at X"); else
     * "earlier rounds hit 265 workers" — when the sentence names no other
     * company — the one the text has already told laid people off.
     */
    private static String subject(Doc doc, Sentence s, int from, int to, String agent, FactCollector out) {
        int nearest = Anaphora.nearestBefore(doc, s, from, to);
        if (nearest >= 0) {
            return Anaphora.resolve(doc, nearest);
        }
        String named = named(doc, s, from, to, out);
        if (named != null) {
            return named;
        }
        int any = Anaphora.firstIn(doc, s, from, to);
        if (any >= 0) {
            return Anaphora.resolve(doc, any);
        }
        String pronoun = Anaphora.subjectPronoun(doc, s, Grammar.clauseStart(doc, to, s)); // "It will lay off 150 staff"
        if (pronoun != null) {
            return pronoun;
        }
        return agent != null ? agent : told(doc, s, out);
    }

    /** Conjunctions opening a clause fronted before its doer: "After laying off 1,000 employees, Acme is …". */
    private static final Set<String> FRONTING = WordSet.of("after", "since", "having", "while", "before", "despite");

    /** The doer named right after the comma closing a fronted clause that holds count {@code c}, or null. */
    private static String frontedDoer(Doc doc, Sentence s, Quantity c) {
        if (!FRONTING.contains(doc.token(s.firstToken()).norm()) || doc.token(s.firstToken()).script() != Script.LATIN) {
            return null;
        }
        for (int k = c.endToken(); k + 1 < s.endToken(); k++) {
            if (doc.mentionAt[k] >= 0) {
                return null;
            }
            if (Grammar.isComma(doc.token(k))) {
                int m = doc.mentionAt[k + 1];
                return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? doc.id(m) : null;
            }
        }
        return null;
    }

    private static String told(Doc doc, Sentence s, FactCollector out) {
        Fact layoff = out.lastOf(FactType.LAYOFF);
        String told = layoff == null ? null : layoff.subject();
        for (int m : doc.mentionsIn(s.firstToken(), s.endToken())) {
            if (doc.type(m) == EntityType.ORGANIZATION && !doc.id(m).equals(told) && !Grammar.governed(doc, m, s)
                    && !owned(doc, s, m)) {
                return null; // another doer; "according to its WARN notice" names a source, not one
            }
        }
        return told;
    }

    private static String named(Doc doc, Sentence s, int from, int to, FactCollector out) {
        // «وبحسب تقرير نشرته صحيفة X، …»: the source the sentence reports from lays nobody off
        List<Integer> mentions = doc.mentionsIn(Math.max(from, TriggerFacts.afterSource(doc, s)), to);
        String governed = null;
        for (int k = mentions.size() - 1; k >= 0; k--) {
            int m = mentions.get(k);
            if (doc.type(m) != EntityType.ORGANIZATION || setApart(doc, s, m) || owned(doc, s, m)) {
                continue;
            }
            if (!Grammar.governed(doc, m, s)) {
                return doc.id(m);
            }
            if (governed == null) {
                governed = doc.id(m);
            }
        }
        for (int m : mentions) {
            if (doc.type(m) == EntityType.PERSON && !Grammar.governed(doc, m, s)) {
                for (Fact f : out.all()) {
                    if (f.type() == FactType.ROLE && f.subject().equals(doc.id(m))) {
                        return f.object();
                    }
                }
            }
        }
        return governed;
    }

    private static final Set<String> HEADCOUNT_VERBS = WordSet.of("employed", "employs", "employing", "employ", "had", "has",
            "have", "counted", "counts");
    private static final Set<String> APPROXIMATORS = WordSet.of("around", "about", "some", "nearly", "almost", "roughly",
            "approximately", "over", "than", "more", "fewer", "less", "just", "under");

    /** "employed around 450 people before those layoffs", "had 76 employees before the layoffs": a headcount, not a cut. */
    private static boolean headcount(Doc doc, Sentence s, int count) {
        int k = count - 1;
        while (k >= s.firstToken() && APPROXIMATORS.contains(doc.token(k).norm())) {
            k--;
        }
        return k >= s.firstToken() && HEADCOUNT_VERBS.contains(doc.token(k).norm());
    }

    private static boolean owned(Doc doc, Sentence s, int m) {
        int start = doc.mention(m).startToken();
        return start > s.firstToken() && OWNERS.contains(doc.token(start - 1).norm());
    }

    private static boolean setApart(Doc doc, Sentence s, int m) {
        int start = doc.mention(m).startToken();
        for (int k = Math.max(s.firstToken(), start - 3); k < start; k++) {
            if (Clitics.in(EXCEPT, doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }
}
