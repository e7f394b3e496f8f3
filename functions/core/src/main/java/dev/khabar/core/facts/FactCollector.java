package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.LanguageDetector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Keeps one fact per (type, subject, object): a statement repeated later in the text adds only what the first one
 * lacked (an amount, a date). A PARTNERSHIP is the same in both directions.
 */
final class FactCollector {
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private final List<Fact> order = new ArrayList<>();
    /**
     * Person and organization pairs whose post a move names as held («من منصبه كرئيس», "Acme's CEO, X, joined in
     * 2010"): its ROLE stays.
     */
    private final Set<String> keptPosts = new HashSet<>();
    /** Where each ROLE (by its base key) was told: the start of every sentence stating it. */
    private final Map<String, Set<Integer>> roleSentences = new HashMap<>();
    /** The start of every sentence that tells a start of each person. */
    private final Map<String, Set<Integer>> startSentences = new HashMap<>();

    Fact last() {
        return order.isEmpty() ? null : order.get(order.size() - 1);
    }

    private static final Set<FactType> PAIR_DEALS = EnumSet.of(FactType.INVESTMENT,
            FactType.ACQUISITION, FactType.PARTNERSHIP, FactType.CONTRACT);

    /** The latest deal between two parties, or null. */
    Fact lastPair() {
        return lastPair(f -> true);
    }

    /** The latest deal between two parties that passes {@code told}, or null. */
    Fact lastPair(Predicate<Fact> told) {
        for (int k = order.size() - 1; k >= 0; k--) {
            Fact f = order.get(k);
            if (PAIR_DEALS.contains(f.type()) && f.object() != null && told.test(f)) {
                return f;
            }
        }
        return null;
    }

    /** Drops the deals ({@code types}) that have one of {@code parties} as subject or object. */
    void withoutParties(Set<FactType> types, Set<String> parties) {
        if (parties.isEmpty()) {
            return;
        }
        Iterator<Fact> it = facts.values().iterator();
        while (it.hasNext()) {
            Fact f = it.next();
            if (types.contains(f.type()) && (parties.contains(f.subject()) || f.object() != null && parties.contains(f.object()))) {
                it.remove();
                order.remove(f);
            }
        }
    }

    /** The ROLE of {@code person} at {@code org} stays beside a move: the text names the post as held. */
    void keepPost(String person, String org) {
        keptPosts.add(person + "|" + org);
    }

    /** Gives the kept fact {@code f} another date: when a later sentence tells when the move it is took effect. */
    void redate(Fact f, DateValue date) {
        for (var e : facts.entrySet()) {
            if (e.getValue() == f) {
                Fact dated = new Fact(f.id(), f.type(), f.subject(), f.object(), f.amount(), f.count(), date, f.role(),
                        f.status(), f.evidence(), f.confidence());
                e.setValue(dated);
                for (int k = 0; k < order.size(); k++) {
                    if (order.get(k) == f) {
                        order.set(k, dated);
                    }
                }
                return;
            }
        }
    }

    /** Drops the fact kept for (type, subject, object), if any: a reading the sentence turned out to tell otherwise. */
    void remove(FactType type, String subject, String object) {
        Fact f = facts.remove(key(type, subject, object));
        if (f != null) {
            order.remove(f);
        }
    }

    /** Drops the fact kept for (type, subject, object) when this evidence told it: a reading of that sentence undone. */
    void removeTold(FactType type, String subject, String object, Evidence evidence) {
        Fact f = facts.get(key(type, subject, object));
        if (f != null && evidence.equals(f.evidence())) {
            remove(type, subject, object);
        }
    }

    /** Drops every fact of {@code type} about {@code subject} that this evidence told: a reading of that line undone. */
    void removeToldOf(FactType type, String subject, Evidence evidence) {
        for (Fact f : List.copyOf(facts.values())) {
            if (f.type() == type && subject.equals(f.subject()) && evidence.equals(f.evidence())) {
                remove(type, subject, f.object());
            }
        }
    }

    /**
     * The sentence with this evidence tells a contract of {@code holder} with {@code client}: its other readings of the
     * pair — partners, one buying the other, the contract the other way round — are undone.
     */
    void contractOnly(String holder, String client, Evidence evidence) {
        for (FactType misread : List.of(FactType.PARTNERSHIP, FactType.ACQUISITION)) {
            removeTold(misread, holder, client, evidence);
            removeTold(misread, client, holder, evidence);
        }
        removeTold(FactType.CONTRACT, client, holder, evidence);
    }

    /**
     * The fact of {@code type} stated last, counting a fact stated again ("X raises $25m; Y raises $2m. X, a fintech,
     * has raised $25m in a round led by A": X's round is the latest told), as it stood then; or null.
     */
    Fact latestStated(FactType type) {
        for (int i = order.size() - 1; i >= 0; i--) {
            Fact f = order.get(i);
            if (f.type() == type && kept(f)) {
                return f;
            }
        }
        return null;
    }

    /** Whether a fact of f's type between f's parties is still kept (one dropped since leaves a stale copy in order). */
    private boolean kept(Fact f) {
        return has(f.type(), f.subject(), f.object());
    }

    /** The last fact of {@code type}, in the order facts were first told; or null. */
    Fact lastOf(FactType type) {
        Fact last = null;
        for (Fact f : facts.values()) {
            last = f.type() == type ? f : last;
        }
        return last;
    }

    List<Fact> all() {
        return List.copyOf(facts.values());
    }

    boolean has(FactType type, String subject, String object) {
        return facts.containsKey(key(type, subject, object));
    }

    /** The fact already kept for (type, subject, object), or null. */
    Fact get(FactType type, String subject, String object) {
        return facts.get(key(type, subject, object));
    }

    void add(FactType type, String subject, String object, Amount amount, Integer count, DateValue date, String role,
             String status, Evidence evidence, double confidence) {
        if (subject == null || Objects.equals(subject, object)) {
            return;
        }
        String key = key(type, subject, object);
        Fact old = facts.get(key);
        if (old != null && (type == FactType.FUNDING_ROUND || otherCount(type, old.count(), count) || datedLayoff(type, old.date(), date))
                && otherTime(old.date(), date)) {
            String base = key;
            key = key + "|" + date.value(); // a raiser's earlier or later round is a round of its own
            old = facts.get(key);
            if (old == null && type == FactType.LAYOFF) {
                key = samePeriod(base, date, key); // "several rounds last year, the latest in November": the November one
                old = facts.get(key);
            }
        }
        if (old != null && type == FactType.ROLE && otherPost(old.role(), role)) {
            key = key + "|" + post(role); // "CEO X … will remain as chairman": two posts at one company
            old = facts.get(key);
        }
        if (type == FactType.ROLE && evidence != null) {
            note(roleSentences, key(type, subject, object), evidence.start());
        }
        if (type == FactType.EMPLOYMENT_START && evidence != null) {
            note(startSentences, subject, evidence.start());
        }
        Fact fact;
        if (old == null) {
            fact = new Fact(null, type, subject, object, amount, count, date, role, status, evidence, confidence);
        } else {
            fact = new Fact(null, type, old.subject(), old.object(), first(old.amount(), amount), count(type, old, count, evidence),
                    type == FactType.EMPLOYMENT_START ? stated(old.date(), date) : laterIfStated(old.date(), date), specific(old.role(), role), old.status(), old.evidence(),
                    Math.max(old.confidence(), confidence));
        }
        facts.put(key, fact);
        order.add(fact);
    }

    /** "1,800 jobs now, after 265 in November": another number of layoffs at another time is another round. */
    private static boolean otherCount(FactType type, Integer a, Integer b) {
        return type == FactType.LAYOFF && a != null && b != null && !a.equals(b);
    }

    /**
     * "laid off some staff in October", "cut 12,000 jobs in January": a layoff the text dates is an event of its own,
     * unless a day only places the one first told at the time of publication ("let go 18 people on Monday").
     */
    private static boolean datedLayoff(FactType type, DateValue old, DateValue date) {
        return type == FactType.LAYOFF && date != null && date.text() != null && old != null
                && (old.text() != null || date.value().length() <= 7);
    }

    /** The key of a kept layoff of {@code base} within or around {@code date}'s period, else {@code fallback}. */
    private String samePeriod(String base, DateValue date, String fallback) {
        for (var e : facts.entrySet()) {
            if (e.getKey().startsWith(base + "|") && e.getValue().date() != null && !otherTime(e.getValue().date(), date)) {
                return e.getKey();
            }
        }
        return fallback;
    }

    private static boolean otherTime(DateValue a, DateValue b) {
        return a != null && b != null && !a.value().startsWith(b.value()) && !b.value().startsWith(a.value());
    }

    /**
     * A day the text states within the publication month a first statement fell back on refines it ("announced the
     * partnership June 13"); a stated date elsewhere in time may be about something else and stays out.
     */
    private static DateValue laterIfStated(DateValue old, DateValue now) {
        if (old == null) {
            return now;
        }
        boolean refines = old.text() == null && now != null && now.text() != null && now.value().startsWith(old.value());
        return refines ? now : old;
    }

    /**
     * "named CEO" (news of the publication month) and "since joining Intel in 1982": one start per person and
     * company, and the one the text dates is when it began.
     */
    private static DateValue stated(DateValue old, DateValue now) {
        return old == null || (old.text() == null && now != null && now.text() != null) ? now : old;
    }

    /**
     * "cut some 12 posts at its Lisbon office … will shed its workforce by 9%, or 180 employees": two figures
     * for one company's layoffs of one period may be a part and the whole, and the fact then takes the whole. The larger
     * replaces the first told only when the smaller is told as a part (jobs in a place or unit) or the larger as the
     * whole ("in total", "its workforce by"), and never when it counts the staff left ("leaving it with 2,700").
     */
    private static Integer count(FactType type, Fact old, Integer now, Evidence evidence) {
        Integer was = old.count();
        if (type != FactType.LAYOFF || was == null || now == null || was.equals(now)) {
            return first(was, now);
        }
        Evidence small = was < now ? old.evidence() : evidence;
        Evidence large = was < now ? evidence : old.evidence();
        int larger = Math.max(was, now);
        boolean whole = told(PART, small, Math.min(was, now)) || told(WHOLE, large, larger);
        return whole && !told(LEFT, large, larger) ? larger : was;
    }

    /** Jobs or staff in a place, a country or a unit: "12 jobs in Spain", «300 موظف في فرع». */
    private static final Pattern PART = Pattern.compile(
            "#\\s+(?:\\p{L}+\\s+){0,2}(?:in|at)\\s+(?:its\\s+|the\\s+)?\\p{Lu}"
                    + "|#\\s+(?:\\p{L}+\\s+){0,2}(?:in|at)\\s+(?:its|the)\\s+(?:\\p{L}+\\s+)?(?:unit|division|plant|factory|branch|office|arm|business)"
                    + "|#\\s+(?:\\p{L}+\\s+){0,2}(?:في|ب)\\s*(?:فرع|فروع|مصنع|مصانع|وحدة|قسم|مكتب|مكاتب)");

    /** The whole of a company's cuts: "1,200 jobs in total", "its workforce by 9%, or about 180". */
    private static final Pattern WHOLE = Pattern.compile(
            "#\\s+(?:\\p{L}+\\s+){0,2}(?:in total|in all|overall|altogether)"
                    + "|(?:a total of|total of|[Ii]n total,?|[Aa]ltogether,?)\\s+(?:about\\s+|some\\s+|around\\s+)?#"
                    + "|workforce by\\s+[\\d.]+\\s*(?:%|percent|per cent),?\\s+or\\s+(?:about\\s+|some\\s+|around\\s+|nearly\\s+)?#"
                    + "|(?:إجمالي|مجموعه|في المجموع|إجمالا)\\s*#|#\\s+(?:\\p{L}+\\s+){0,2}(?:في المجموع|إجمالا|إجمالاً)");

    /** Staff a company keeps: "leaving it with 2,700 staff", «ليبقى لديها 2700 موظف». */
    private static final Pattern LEFT = Pattern.compile(
            "(?:leav(?:ing|es?)\\s+(?:it|them|the \\p{L}+|\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)?)\\s+with"
                    + "|(?:remaining|left with|keeps?|keeping)|(?:ليبقى|ليصبح|لتبقى)\\s+(?:لديها|عدد)?)"
                    + "\\s+(?:about\\s+|some\\s+|around\\s+|nearly\\s+|almost\\s+)?#");

    /** Whether {@code pattern}, with # standing for the figure {@code n} as written, occurs in the evidence. */
    private static boolean told(Pattern pattern, Evidence evidence, int n) {
        if (evidence == null || evidence.text() == null) {
            return false;
        }
        String digits = Integer.toString(n);
        StringBuilder figure = new StringBuilder("(?<![\\d,.])");
        for (int i = 0; i < digits.length(); i++) {
            figure.append(digits.charAt(i));
            int rest = digits.length() - i - 1;
            if (rest > 0 && rest % 3 == 0) {
                figure.append("[,.]?");
            }
        }
        figure.append("(?![\\d,]\\d)");
        String regex = pattern.pattern().replace("#", figure.toString());
        return Pattern.compile(regex).matcher(evidence.text()).find();
    }

    /** Adds a sentence's start under its key (a loop, not a lambda: this runs on every cold start's first document). */
    private static void note(Map<String, Set<Integer>> sentences, String key, int start) {
        Set<Integer> starts = sentences.get(key);
        if (starts == null) {
            starts = new HashSet<>();
            sentences.put(key, starts);
        }
        starts.add(start);
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static String key(FactType type, String subject, String object) {
        if (type == FactType.PARTNERSHIP && object != null && subject.compareTo(object) > 0) {
            return type + "|" + object + "|" + subject;
        }
        return type + "|" + subject + "|" + object;
    }

    /**
     * A partnership or investment between a buyer and what it bought, at the acquisition's own time ("the ideal
     * partner", "their investment" in the deal's quotes), is the acquisition told again; one dated elsewhere (an
     * earlier collaboration) is a fact of its own.
     */
    private boolean toldAsAcquisition(Fact f) {
        if ((f.type() != FactType.PARTNERSHIP && f.type() != FactType.INVESTMENT) || f.object() == null) {
            return false;
        }
        for (Fact a : new Fact[] {facts.get(key(FactType.ACQUISITION, f.subject(), f.object())),
                facts.get(key(FactType.ACQUISITION, f.object(), f.subject()))}) {
            if (a != null && (a.date() == null || f.date() == null || a.date().value().equals(f.date().value()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * In English news a join or departure carries its post, so a ROLE of the same person at the same organization in
     * that post, in none or in one that only says the person runs it ("the right CEO to lead Acme"), says it again
     * ("named X as CEO", "resigned as CEO"). Another title is a fact of its own: the one held before a promotion
     * ("named current chairman X as CEO": START as CEO, ROLE chairman), the seat kept by one who leaves an office
     * ("CEO X will step down and remain chairman"), a title the text names as held now ({@link #keepPost}). Arabic news
     * tells the post held beside a start and keeps both, but for the very post its start names
     * ({@link #toldAsAppointment}); the title beside a departure in either language is the post left
     * ({@link #toldAsDeparture}).
     */
    private boolean toldAsMove(Fact f) {
        if (f.type() != FactType.ROLE || f.object() == null || f.evidence() == null
                || keptPosts.contains(f.subject() + "|" + f.object())) {
            return false;
        }
        if (!LanguageDetector.detect(f.evidence().text()).equals("en")) {
            return toldAsAppointment(f);
        }
        Fact left = facts.get(key(FactType.EMPLOYMENT_END, f.subject(), f.object()));
        if (left != null && !otherPost(left.role(), f.role())) {
            return true; // "succeeds current CEO and MD X": the posts the one replaced leaves
        }
        Fact taken = facts.get(key(FactType.EMPLOYMENT_START, f.subject(), f.object()));
        return taken != null && (taken.role() == null || f.role() == null || RUNS_IT.contains(f.role())
                || norm(taken.role()).equals(norm(f.role())));
    }

    /**
     * «عيّن مجلس الإدارة فلانًا رئيسًا تنفيذيًا للشركة»: an Arabic title read in the very sentence that tells its start,
     * as the same post, is the post taken, not one held beside it; told again elsewhere, it is held.
     */
    private boolean toldAsAppointment(Fact f) {
        Fact taken = facts.get(key(FactType.EMPLOYMENT_START, f.subject(), f.object()));
        return taken != null && taken.evidence() != null && taken.evidence().start() == f.evidence().start()
                && taken.role() != null && f.role() != null && norm(taken.role()).equals(norm(f.role()))
                && !toldApart(f, taken.evidence().start());
    }

    /**
     * Whether a person's ROLE is told in a sentence of its own: one that tells no start of that person («ويأتي تعيين
     * فلان رئيسا تنفيذيا» repeats the appointment).
     */
    private boolean toldApart(Fact f, int appointed) {
        Set<Integer> starts = startSentences.getOrDefault(f.subject(), Set.of());
        for (int at : roleSentences.getOrDefault(key(FactType.ROLE, f.subject(), f.object()), Set.of())) {
            if (at != appointed && !starts.contains(at)) {
                return true;
            }
        }
        return false;
    }

    /** The title of one said to lead or head an organization, which names no post of its own. */
    private static final Set<String> RUNS_IT = WordSet.of("head");

    private static String norm(String role) {
        return role.toLowerCase(Locale.ROOT);
    }

    /**
     * "Breslow stepped down days later" after "Former CEO Ryan Breslow": a departure told without its post left the
     * title the text gives the person at that organization elsewhere.
     */
    private String postLeft(Fact f) {
        if (f.type() != FactType.EMPLOYMENT_END || f.object() == null) {
            return f.role();
        }
        Fact held = facts.get(key(FactType.ROLE, f.subject(), f.object()));
        return held == null ? f.role() : specific(f.role(), held.role());
    }

    /**
     * "Gulf Air's CEO X resigned", «استقال المدير العام لقناة العربية، فلان»: the title a leaver is named with in the
     * sentence that tells the departure is the post left, which the departure already carries. A title beside a start
     * stays: it is often the post held before («الرئيس التنفيذي الحالي لـX» promoted elsewhere). The one a newcomer
     * replaces («خلفًا لـX», "replacing X") leaves the post the newcomer takes, which his departure carries too.
     * A post named as the leaver's own («أعفي من منصبه كرئيس», «استقال من منصبه رئيسا تنفيذيا») is told as held: it stays.
     */
    private boolean toldAsDeparture(Fact f) {
        if (f.type() != FactType.ROLE || f.object() == null || f.role() == null) {
            return false;
        }
        Fact left = facts.get(key(FactType.EMPLOYMENT_END, f.subject(), f.object()));
        return left != null && f.role().equals(postLeft(left)) && left.evidence().start() == f.evidence().start()
                && !keptPosts.contains(f.subject() + "|" + f.object());
    }

    private static final Set<String> OFFICERS = WordSet.of("ceo", "coo", "cfo", "cto", "cio", "cmo", "cpo");
    private static final String BOARD = "board";

    /**
     * "CEO X … will remain as chairman", "COO X will become CEO": a seat on the board beside an executive post, or two
     * officer posts, are two posts at one company; "head" after "CEO", "chairman" after "board member" are one told
     * twice.
     */
    private static boolean otherPost(String old, String now) {
        String a = post(old);
        String b = post(now);
        return a != null && b != null && !a.equals(b) && (a.equals(BOARD) || b.equals(BOARD) || OFFICERS.contains(a) && OFFICERS.contains(b));
    }

    /** "board" for a seat on the board, the officer's abbreviation or "president" for an executive post, else null. */
    private static String post(String role) {
        if (role == null) {
            return null;
        }
        String r = role.toLowerCase(Locale.ROOT);
        if (r.contains("chair") || r.contains("board")) {
            return r.contains(" and ") ? null : BOARD; // "chairman and CEO" holds both at once
        }
        String last = r.substring(r.lastIndexOf(' ') + 1);
        return OFFICERS.contains(last) || last.equals("president") ? last : null;
    }

    /** Titles that say only that someone runs something («مديرها», "its director"), which a named post refines. */
    private static final Set<String> GENERIC = WordSet.of("director");

    /** The title first stated, unless it was generic and a later one names the post ("its director" … "CEO"). */
    private static String specific(String old, String now) {
        return old == null || (GENERIC.contains(old) && now != null && !GENERIC.contains(now)) ? now : old;
    }

    /**
     * The facts with ids f1, f2, … in the order first stated. A fact dated only by its report (the publication month,
     * no date in the text) is given the publication day: news told with no date is the day's news, and the rules
     * compare such fallbacks by month while collecting.
     */
    List<Fact> numbered(LocalDate published) {
        String month = published == null ? null : published.toString().substring(0, 7);
        List<Fact> out = new ArrayList<>(facts.size());
        int n = 0;
        for (Fact f : facts.values()) {
            if (toldAsAcquisition(f) || toldAsMove(f) || toldAsDeparture(f)) {
                continue;
            }
            n++;
            DateValue date = f.date() != null && f.date().text() == null && f.date().value().equals(month)
                    ? new DateValue(published.toString(), null) : f.date();
            out.add(new Fact("f" + n, f.type(), f.subject(), f.object(), f.amount(), f.count(), date, postLeft(f),
                    f.status(), f.evidence(), f.confidence()));
        }
        return out;
    }
}
