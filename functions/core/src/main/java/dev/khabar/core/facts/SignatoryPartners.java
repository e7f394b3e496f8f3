package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * «ووقع المذكرة كل من الرئيس التنفيذي لشركة A فلان ومدير عام B فلان», «ووقعها عن الجانب الأول فلان، رئيس A، فيما
 * وقعها عن الجانب الآخر فلان، مدير B», «كما وقع فلان مذكرة تفاهم مع رئيس C فلان»: Arabic news often names the people
 * who sign a pact, each with the title that says which party they sign for. The parties are the organizations of those
 * titles: signers of clauses without «مع» all sign one pact together; a clause with «مع» pairs the signers before it
 * with the ones after it.
 */
final class SignatoryPartners {
    /** Signing, as a verb or its noun, with the pact as a pronoun or not: «وقع», «وقعها», «بتوقيع». */
    private static final Set<String> SIGNING = WordSet.of("وقع", "وقعت", "وقعا", "وقعتا", "وقعوا", "وقعه", "وقعها",
            "وقعاها", "توقيع", "بتوقيع", "امضي", "امضت", "امضاها");
    /** Words after which the people named attend the signing rather than sign: «بحضور», «وشهد التوقيع». */
    private static final Set<String> WITNESSING = WordSet.of("بحضور", "حضور", "حضر", "حضره", "حضرها", "شهد", "شهده",
            "شهدها", "بمشاركه", "برعايه", "وسط");
    /** How far before a signing word a word of attending may govern it: «وحضر مراسم توقيع الاتفاقية». */
    private static final int WITNESSED_REACH = 3;
    private static final String WITH = "مع";

    private SignatoryPartners() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        if (!namesPact(doc, s)) {
            return;
        }
        List<Integer> signings = new ArrayList<>();
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            if (doc.mentionAt[k] < 0 && Clitics.in(SIGNING, doc.token(k).norm())) {
                signings.add(k);
            }
        }
        if (signings.isEmpty()) {
            return;
        }
        Evidence evidence = Attributes.evidence(doc, s);
        Set<String> together = new LinkedHashSet<>();
        List<String[]> pairs = new ArrayList<>();
        for (int c = 0; c < signings.size(); c++) {
            int from = signings.get(c);
            int end = c + 1 < signings.size() ? signings.get(c + 1) : s.endToken();
            if (witnessed(doc, s, from)) {
                continue; // «وحضر توقيع المذكرة فلان وعلان»: the people named attend
            }
            int with = -1;
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (int k = from + 1; k < end; k++) {
                if (doc.mentionAt[k] < 0 && Clitics.in(WITNESSING, doc.token(k).norm())) {
                    break; // the people named from here watch the signing
                }
                if (doc.mentionAt[k] < 0 && Clitics.in(Movers.SPEECH_VERBS, doc.token(k).norm())) {
                    break; // «…، وقال فلان، الرئيس التنفيذي لـY»: who speaks after the signing did not sign
                }
                if (with < 0 && doc.mentionAt[k] < 0 && doc.token(k).norm().equals(WITH)) {
                    with = k;
                    continue;
                }
                int m = doc.mentionAt[k];
                if (m < 0 || doc.mention(m).startToken() != k) {
                    continue;
                }
                if (doc.type(m) == EntityType.PERSON) {
                    String party = partyOf(out, doc.id(m), evidence);
                    if (party != null) {
                        (with < 0 ? before : after).add(party);
                    }
                } else if (doc.type(m) == EntityType.ORGANIZATION && with < 0 && before.isEmpty() && !partyOfSigner(out, doc.id(m), evidence)) {
                    before.clear();
                    break; // «وقعت شركة A مع …»: a company signs, read by the deal triggers
                }
                k = doc.mention(m).endToken() - 1;
            }
            if (with < 0) {
                together.addAll(before);
            } else if (!before.isEmpty()) {
                for (String b : after) {
                    withoutOtherSigners(out, b, before, evidence);
                    for (String a : before) {
                        pairs.add(new String[] {a, b});
                    }
                }
            }
        }
        List<String> pool = new ArrayList<>(together);
        for (int a = 0; a < pool.size(); a++) {
            for (int b = a + 1; b < pool.size(); b++) {
                pairs.add(new String[] {pool.get(a), pool.get(b)});
            }
        }
        var date = Attributes.date(doc, s, signings.get(0), FactType.PARTNERSHIP);
        for (String[] p : pairs) {
            if (!p[0].equals(p[1]) && !out.has(FactType.PARTNERSHIP, p[0], p[1]) && !out.has(FactType.PARTNERSHIP, p[1], p[0])) {
                out.add(FactType.PARTNERSHIP, p[0], p[1], null, null, date, null, null, evidence, 0.6);
            }
        }
    }

    /**
     * «ووقع المذكرة A وB، كما وقع فلان مذكرة مع C»: the deal noun's own reading takes the company named last before
     * «مع» as C's partner; the signer before «مع» names the one that is.
     */
    private static void withoutOtherSigners(FactCollector out, String partner, List<String> signers, Evidence evidence) {
        for (Fact f : out.all()) {
            if (f.type() != FactType.PARTNERSHIP || !evidence.equals(f.evidence())) {
                continue;
            }
            String other = partner.equals(f.subject()) ? f.object() : partner.equals(f.object()) ? f.subject() : null;
            if (other != null && !signers.contains(other) && partyOfSigner(out, other, evidence)) {
                out.remove(FactType.PARTNERSHIP, f.subject(), f.object());
            }
        }
    }

    /** Whether a word of attending stands a few words before the signing word, which it governs. */
    private static boolean witnessed(Doc doc, Sentence s, int signing) {
        for (int k = Math.max(s.firstToken(), signing - WITNESSED_REACH); k < signing; k++) {
            if (doc.mentionAt[k] < 0 && Clitics.in(WITNESSING, doc.token(k).norm())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names a pact of partners: a memorandum, an agreement, a protocol. */
    private static boolean namesPact(Doc doc, Sentence s) {
        for (int k = s.firstToken(); k < s.endToken(); k++) {
            Trigger tr = doc.mentionAt[k] < 0 ? doc.trigger(k, s.endToken()) : null;
            if (tr != null && tr.type() == FactType.PARTNERSHIP && tr.marked()) {
                return true;
            }
        }
        return false;
    }

    /** The organization this sentence gives the person a title at: the party the person signs for; or null. */
    private static String partyOf(FactCollector out, String person, Evidence evidence) {
        for (Fact f : out.all()) {
            if (f.type() == FactType.ROLE && f.subject().equals(person) && evidence.equals(f.evidence())) {
                return f.object();
            }
        }
        return null;
    }

    /**
     * «كل من رئيس شركة A، فلان»: an organization some person's title in this sentence is held at is a signer's party,
     * named before the signer, not a company signing.
     */
    private static boolean partyOfSigner(FactCollector out, String org, Evidence evidence) {
        for (Fact f : out.all()) {
            if (f.type() == FactType.ROLE && org.equals(f.object()) && evidence.equals(f.evidence())) {
                return true;
            }
        }
        return false;
    }
}
