package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * "a consortium led by A that includes B and C", «تحالف تقوده A ويضم كلا من B و C», "A's consortium with B": a
 * consortium buys and contracts as one, so what the text says one member acquired, took a stake in or won a contract
 * from, each member did; the members of one a company is said to have with another are partners, and no member holds
 * a contract from another.
 */
final class Consortia {
    private static final Set<String> NOUNS = WordSet.of("تحالف", "ائتلاف", "كونسورتيوم", "consortium");
    /** Words that lead from the consortium noun to its members and join the members to each other. */
    private static final Set<String> GLUE = WordSet.of("تقوده", "يقوده", "بقياده", "قياده", "يضم", "تضم", "ويضم", "وتضم",
            "يشمل", "ويشمل", "مكون", "مكونه", "المكون", "المكونه", "شركتي", "شركتين", "هما", "كل", "كلا", "من", "اضافه", "بالاضافه", "الي", "الذي", "التي", "شركه", "شركات", "مجموعه",
            "led", "headed", "by", "including", "includes", "included", "comprising", "of", "that", "which", "also",
            "as", "well", "along", "with", "alongside", "the", "and", "company", "group", "firm");
    /** How far after the noun its members may be named. */
    private static final int REACH = 30;

    private Consortia() {
    }

    /** Gives every member of a consortium the acquisitions the text tells of any one of them. */
    static void share(Doc doc, FactCollector out) {
        for (Sentence s : doc.sentences) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                if (doc.mentionAt[i] < 0 && NOUNS.contains(Clitics.bare(doc.token(i).norm()))) {
                    List<String> members = members(doc, s, i + 1);
                    String owner = members.isEmpty() ? null : possessor(doc, s, i);
                    if (owner != null && !members.contains(owner)) {
                        members.add(0, owner); // "its consortium with B": the possessor is a member too
                    }
                    if (members.size() >= 2) {
                        if (owner == null) {
                            contractorSide(s, members, out);
                        }
                        shareAmong(doc, s, members, out);
                        if (owner != null) {
                            partners(doc, s, members, out);
                        }
                    }
                }
            }
        }
    }

    private static List<String> members(Doc doc, Sentence s, int from) {
        Set<String> found = new LinkedHashSet<>();
        int k = from;
        int end = Math.min(s.endToken(), from + REACH);
        while (k < end) {
            Token t = doc.token(k);
            int m = doc.mentionAt[k];
            if (m >= 0) {
                int based = doc.mention(m).endToken();
                if (doc.type(m) == EntityType.LOCATION && based + 1 < end && doc.token(based).is("-")
                        && doc.token(based + 1).is("based")) {
                    k = based + 2; // "with the Paris-based X": the place describes the member
                    continue;
                }
                if (doc.type(m) == EntityType.LOCATION && based == k + 1 && !found.isEmpty()
                        && RoleFacts.feminineNisba(doc.token(k))) {
                    k = based; // «شركة X السعودية»: the member's nationality, read as a place
                    continue;
                }
                if (doc.type(m) != EntityType.ORGANIZATION) {
                    break;
                }
                found.add(doc.id(m));
                k = doc.mention(m).endToken();
                if (k < end && doc.token(k).norm().startsWith("لل")) {
                    k++; // «مجموعة Bain للاستثمارات»: the rest of the name
                }
                continue;
            }
            boolean glue = Grammar.isQuote(t) || Grammar.isComma(t) || Grammar.isCoordinator(t)
                    || Clitics.in(GLUE, t.norm()) || t.script() != dev.khabar.core.text.Script.ARABIC && !t.isWord()
                    && !t.is(".") || adjective(doc, k, from) || !found.isEmpty() && RoleFacts.feminineNisba(t);
            if (!glue) {
                break;
            }
            k++;
        }
        return new ArrayList<>(found);
    }

    /** «تحالف تقني», "a tech consortium": one describing word right after the noun. */
    private static boolean adjective(Doc doc, int k, int from) {
        return k == from && doc.token(k).isWord();
    }

    /**
     * "Orascom's consortium with Thales", "its consortium with Thales": the organization owning the noun, by its
     * possessive or by "its" (the organization the sentence named last before it); null otherwise.
     */
    private static String possessor(Doc doc, Sentence s, int noun) {
        int k = noun - 1;
        if (k > s.firstToken() && doc.token(k).is("'s") && doc.mentionAt[k - 1] >= 0
                && doc.type(doc.mentionAt[k - 1]) == EntityType.ORGANIZATION) {
            return doc.id(doc.mentionAt[k - 1]);
        }
        if (k <= s.firstToken() || !doc.token(k).is("its")) {
            return null;
        }
        for (int j = k - 1; j >= s.firstToken(); j--) {
            int m = doc.mentionAt[j];
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                return doc.id(m);
            }
        }
        return null;
    }

    /** The members of a consortium a sentence names as one's with the other are partners, each pair once. */
    private static void partners(Doc doc, Sentence s, List<String> members, FactCollector out) {
        for (int a = 0; a < members.size(); a++) {
            for (int b = a + 1; b < members.size(); b++) {
                out.remove(FactType.CONTRACT, members.get(a), members.get(b));
                out.remove(FactType.CONTRACT, members.get(b), members.get(a));
                if (!out.has(FactType.PARTNERSHIP, members.get(a), members.get(b))) {
                    out.add(FactType.PARTNERSHIP, members.get(a), members.get(b), null, null, null, null, null,
                            Attributes.evidence(doc, s), 0.6);
                }
            }
        }
    }

    /**
     * «وقعت X عقدا مع تحالف يضم A و B»: a consortium is formed to bid for and carry out work, so the one who signs a
     * contract with it is the client, whoever the sentence's doer is; the signing makes no partnership with the members.
     */
    private static void contractorSide(Sentence s, List<String> members, FactCollector out) {
        for (Fact f : List.copyOf(out.all())) {
            if (f.type() != FactType.CONTRACT || f.object() == null || members.contains(f.subject()) == members.contains(f.object())
                    || f.evidence() == null || f.evidence().start() < s.start() || f.evidence().start() >= s.end()) {
                continue;
            }
            out.removeTold(FactType.PARTNERSHIP, f.subject(), f.object(), f.evidence());
            out.removeTold(FactType.PARTNERSHIP, f.object(), f.subject(), f.evidence());
            if (members.contains(f.object())) {
                out.remove(FactType.CONTRACT, f.subject(), f.object());
                if (!out.has(FactType.CONTRACT, f.object(), f.subject())) {
                    out.add(FactType.CONTRACT, f.object(), f.subject(), f.amount(), null, f.date(), null, f.status(),
                            f.evidence(), f.confidence());
                }
            }
        }
    }

    /** What a consortium does as one: buys a company or a stake in it, or wins a contract. */
    private static final Set<FactType> SHARED = EnumSet.of(FactType.ACQUISITION, FactType.INVESTMENT, FactType.CONTRACT);

    /**
     * A takeover by one member anywhere in the text is the consortium's; a stake or a contract only where the text tells
     * of the consortium (its sentence or the next): «تحالف» is as often a lasting alliance whose members deal alone.
     */
    private static void shareAmong(Doc doc, Sentence s, List<String> members, FactCollector out) {
        int next = s.index() + 1 < doc.sentences.size() ? doc.sentences.get(s.index() + 1).end() : s.end();
        for (Fact f : out.all()) {
            if (!SHARED.contains(f.type()) || f.object() == null || !members.contains(f.subject())
                    || members.contains(f.object())) {
                continue;
            }
            if (f.type() != FactType.ACQUISITION && (f.evidence() == null || f.evidence().start() < s.start()
                    || f.evidence().start() >= next)) {
                continue;
            }
            for (String member : members) {
                if (!out.has(f.type(), member, f.object())) {
                    // "a consortium of A, B and C won a $300m contract": each holds the contract the text gave one member
                    out.add(f.type(), member, f.object(), f.type() == FactType.CONTRACT ? f.amount() : null, null, f.date(),
                            null, f.status(), f.evidence(), f.confidence() * 0.9);
                }
            }
        }
    }
}
