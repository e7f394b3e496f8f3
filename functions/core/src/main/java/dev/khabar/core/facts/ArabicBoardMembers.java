package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.FactType;
import dev.khabar.core.text.Clitics;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The members a board is said to be made of: «ويضم مجلس إدارة شركة X كلاً من A وB», «ويتكون مجلس إدارة بنك X من A
 * وB», «مجلس تحرير لقناة X برئاسة P وعضوية كل من A وB». Each person listed holds a seat on X's board.
 */
final class ArabicBoardMembers {
    /** Verbs of what a board is made of, before its name: «يضم», «يتكون», «يتألف», «يتشكل» and their other persons. */
    private static final Set<String> COMPOSED = WordSet.of("يضم", "تضم", "ضم", "ضمت", "يتكون", "تتكون", "تكون", "تكونت",
            "يتالف", "تتالف", "تالف", "تالفت", "يتشكل", "تتشكل", "تشكل", "تشكلت");
    /** The kind of board after «مجلس» and the seat it gives. */
    private static final Map<String, String> BOARDS = Map.of("اداره", "board member", "تحرير", "editorial board member",
            "امناء", "board of trustees member");
    /** «وعضوية»: the members after a board's chair («برئاسة P وعضوية كل من A وB»). */
    private static final Set<String> MEMBERSHIP = WordSet.of("عضويه", "وعضويه");
    private static final Set<String> RELATIVES = WordSet.of("الذي", "التي");
    /** «مجلس إدارتها»: the board of the company named before. */
    private static final Set<String> POSSESSED = WordSet.of("ادارتها", "ادارته");
    /** Words between the board's company and its first member: «كلاً من», «من», a comma, «الجديد» (the board just elected). */
    private static final Set<String> BEFORE_MEMBERS = WordSet.of("كلا", "كل", "من", "،", ",", "الجديد", "الحالي");

    private ArabicBoardMembers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken() + 1; k + 2 < s.endToken(); k++) {
            if (doc.token(k).script() != Script.ARABIC || !Clitics.withoutConjunction(doc.token(k).norm()).equals("مجلس")) {
                continue;
            }
            String kind = doc.token(k + 1).norm();
            boolean its = POSSESSED.contains(kind);
            String seat = BOARDS.get(its ? "اداره" : kind);
            if (seat == null) {
                continue;
            }
            int owner = its ? -1 : boardOwner(doc, s, k + 2);
            int named; // where the board's owner ends: its name, «إدارتها», «إدارة الشركة»
            String org;
            if (owner >= 0) {
                named = doc.mention(owner).endToken();
                org = doc.id(owner);
            } else if (its) {
                named = k + 2;
                org = ownerBefore(doc, s, k);
            } else {
                int anaphor = Anaphora.length(doc, k + 2, s);
                named = k + 2 + anaphor;
                org = anaphor > 0 ? Anaphora.resolve(doc, k + 2) : null;
            }
            if (org == null) {
                continue;
            }
            int from = -1;
            if (COMPOSED.contains(Clitics.withoutConjunction(doc.token(k - 1).norm()))) {
                from = named; // «ويضم مجلس إدارة X كلاً من A وB»
            }
            for (int j = named; from < 0 && j < Math.min(s.endToken(), named + 8); j++) {
                if (MEMBERSHIP.contains(doc.token(j).norm())
                        || COMPOSED.contains(doc.token(j).norm()) && RELATIVES.contains(doc.token(j - 1).norm())) {
                    from = j + 1; // «… برئاسة P وعضوية كل من A وB», «مجلس إدارتها الجديد، الذي يضم A وB»
                }
            }
            int first = from < 0 ? -1 : firstMember(doc, s, from);
            if (first < 0) {
                continue;
            }
            List<String> members = new ArrayList<>(List.of(doc.id(first)));
            NameLists.listAfter(doc, s, first, s.endToken(), Set.of(EntityType.PERSON), null, members);
            for (String member : members) {
                out.add(FactType.ROLE, member, org, null, null, null, seat, null, Attributes.evidence(doc, s), 0.6);
            }
        }
    }

    /** The organization whose board it is, right after «مجلس إدارة» (past a quote or «لـ»), or -1. */
    private static int boardOwner(Doc doc, Sentence s, int k) {
        int p = Grammar.pastQuotes(doc, s, k);
        if (p < s.endToken() && doc.mentionAt[p] < 0 && Grammar.isArabicOrgCue(doc.token(p))) {
            p = Grammar.pastQuotes(doc, s, p + 1); // «مجلس إدارة شركة “X”»: the cue outside the name found
        }
        int m = p < s.endToken() ? doc.mentionAt[p] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }

    /**
     * Whose «مجلس إدارتها» it is: the organization named last before it in the sentence, even after a preposition
     * («انتخبت الجمعية العمومية لشركة X مجلس إدارتها»), else the one an earlier sentence opened on.
     */
    private static String ownerBefore(Doc doc, Sentence s, int k) {
        for (int j = k - 1; j >= s.firstToken(); j--) {
            int m = doc.mentionAt[j];
            if (m >= 0 && doc.type(m) == EntityType.ORGANIZATION) {
                return doc.id(m);
            }
        }
        return Anaphora.possessive(doc, s, k + 1);
    }

    /** The first member listed at {@code from}, past «كلاً من»: a person, or -1. */
    private static int firstMember(Doc doc, Sentence s, int from) {
        int k = from;
        while (k < s.endToken() && k < from + 4 && doc.mentionAt[k] < 0 && BEFORE_MEMBERS.contains(doc.token(k).norm())) {
            k++;
        }
        k = RoleFacts.skipHonorifics(doc, s, k);
        int m = k < s.endToken() ? doc.mentionAt[k] : -1;
        return m >= 0 && doc.type(m) == EntityType.PERSON ? m : -1;
    }
}
