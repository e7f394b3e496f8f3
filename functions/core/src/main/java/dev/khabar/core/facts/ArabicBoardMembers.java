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
    private static final Set<String> DUAL_CUES = WordSet.of("قناتي", "شركتي", "صحيفتي", "مجموعتي", "موسستي", "بنكي");
    /** «الأعضاء», «أعضاء»: a board's members, named after «وهم». */
    private static final Set<String> MEMBERS = WordSet.of("الاعضاء", "اعضاء");
    private static final Set<String> THEY = WordSet.of("وهم", "هم", ":");
    private static final Set<String> RELATIVES = WordSet.of("الذي", "التي");
    /** «مجلس إدارتها»: the board of the company named before. */
    private static final Set<String> POSSESSED = WordSet.of("ادارتها", "ادارته");
    /** Words between the board's company and its first member: «كلاً من», «من», a comma, «الجديد» (the board just elected). */
    private static final Set<String> BEFORE_MEMBERS = WordSet.of("كلا", "كل", "من", "،", ",", "الجديد", "الحالي");

    private ArabicBoardMembers() {
    }

    static void find(Doc doc, Sentence s, FactCollector out) {
        membersNamed(doc, s, out);
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
            List<String> orgs = new ArrayList<>();
            if (owner >= 0) {
                named = doc.mention(owner).endToken();
                orgs.add(doc.id(owner));
                NameLists.listAfter(doc, s, owner, Math.min(s.endToken(), named + 4), Grammar.ORGANIZATION, null, orgs);
                for (int j = named; j < Math.min(s.endToken(), named + 4); j++) {
                    if (doc.mentionAt[j] >= 0 && orgs.contains(doc.id(doc.mentionAt[j]))) {
                        named = doc.mention(doc.mentionAt[j]).endToken(); // past the last owner listed
                    }
                }
            } else if (its) {
                named = k + 2;
                orgs.add(ownerBefore(doc, s, k));
            } else {
                int anaphor = Anaphora.length(doc, k + 2, s);
                boolean formed = anaphor == 0 && NEW.contains(doc.token(k + 2).norm()); // «شكلت شركة X مجلس إدارة جديدا»
                named = k + 2 + (formed ? 1 : anaphor);
                orgs.add(anaphor > 0 ? Anaphora.resolve(doc, k + 2) : formed ? ownerBefore(doc, s, k) : null);
            }
            orgs.remove(null);
            if (orgs.isEmpty()) {
                continue;
            }
            int from = -1;
            if (COMPOSED.contains(Clitics.withoutConjunction(doc.token(k - 1).norm()))) {
                from = named; // «ويضم مجلس إدارة X كلاً من A وB»
            }
            for (int j = named; from < 0 && j < Math.min(s.endToken(), named + 10); j++) {
                if (MEMBERSHIP.contains(doc.token(j).norm())
                        || COMPOSED.contains(doc.token(j).norm()) && (RELATIVES.contains(doc.token(j - 1).norm()) || j == named)) {
                    from = j + 1; // «… برئاسة P وعضوية كل من A وB», «مجلس إدارتها الجديد، الذي يضم A وB»
                }
            }
            int first = from < 0 ? -1 : firstMember(doc, s, from);
            if (first < 0) {
                continue;
            }
            int chair = chairBefore(doc, s, named, from);
            for (String org : chair < 0 ? List.<String>of() : orgs) {
                out.add(FactType.ROLE, doc.id(chair), org, null, null, null, CHAIRS.get(seat), null, Attributes.evidence(doc, s), 0.6);
            }
            seats(doc, s, first, orgs, seat, out);
        }
    }

    /** «مجلس إدارة جديدا», «مجلس إدارة جديد»: a board just formed, whose owner is the company named before it. */
    private static final Set<String> NEW = WordSet.of("جديدا", "جديد", "الجديد");
    /** The post of the one a board is «برئاسة» (chaired by), by the seat its members hold. */
    private static final Map<String, String> CHAIRS = Map.of("board member", "chairman", "editorial board member",
            "editorial board chairman", "board of trustees member", "chairman of the board of trustees");

    /** «… برئاسة P، وعضوية كل من A وB»: the person after «برئاسة» between the board and its members, or -1. */
    private static int chairBefore(Doc doc, Sentence s, int from, int members) {
        for (int j = from; j + 1 < members; j++) {
            if (Clitics.withoutConjunction(doc.token(j).norm()).equals("برئاسه")) {
                int k = RoleFacts.skipHonorifics(doc, s, j + 1);
                int m = k < members ? doc.mentionAt[k] : -1;
                return m >= 0 && doc.type(m) == EntityType.PERSON ? m : -1;
            }
        }
        return -1;
    }

    /** A seat at each owner («مجلس تحرير لقناتي “X وY”»: one board of both) for the first member and those listed after. */
    private static void seats(Doc doc, Sentence s, int first, List<String> orgs, String seat, FactCollector out) {
        List<String> members = new ArrayList<>(List.of(doc.id(first)));
        NameLists.listAfter(doc, s, first, s.endToken(), Set.of(EntityType.PERSON), null, members);
        for (String member : members) {
            for (String org : orgs) {
                out.add(FactType.ROLE, member, org, null, null, null, seat, null, Attributes.evidence(doc, s), 0.6);
            }
        }
    }

    /**
     * «تجديد ولاية الأعضاء الآخرين في المجلس، وهم A، وB», «أعضاء مجلس الإدارة الجدد هم A وB»: the members of the board
     * told before (of the story's company), named after «وهم».
     */
    private static void membersNamed(Doc doc, Sentence s, FactCollector out) {
        for (int k = s.firstToken(); k + 3 < s.endToken(); k++) {
            if (!MEMBERS.contains(Clitics.withoutConjunction(doc.token(k).norm()))) {
                continue;
            }
            int board = -1;
            for (int j = k + 1; board < 0 && j < Math.min(s.endToken() - 1, k + 5); j++) {
                String n = doc.token(j).norm();
                if (n.equals("المجلس") || n.equals("بالمجلس") || n.equals("مجلس") && doc.token(j + 1).is("الاداره")) {
                    board = n.equals("مجلس") ? j + 1 : j; // the board told before, not «مجلس الشورى»
                }
            }
            int they = board < 0 ? -1 : board + 1;
            while (they > 0 && they < Math.min(s.endToken(), board + 4)
                    && (Grammar.isComma(doc.token(they)) || doc.token(they).norm().startsWith("ال"))) {
                they++; // «في المجلس، وهم», «مجلس الإدارة الجدد هم»
            }
            boolean named = they > 0 && they < s.endToken() && THEY.contains(doc.token(they).norm());
            int first = named ? firstMember(doc, s, they + 1) : -1;
            String org = first < 0 ? null : RoleEmployers.storyCompany(doc, s, first);
            if (org == null) {
                continue;
            }
            seats(doc, s, first, List.of(org), "board member", out);
            return;
        }
    }

    /** The organization whose board it is, right after «مجلس إدارة» (past a quote or «لـ»), or -1. */
    private static int boardOwner(Doc doc, Sentence s, int k) {
        int p = Grammar.pastQuotes(doc, s, k);
        if (p < s.endToken() && doc.mentionAt[p] < 0 && (Grammar.isArabicOrgCue(doc.token(p)) || dualCue(doc.token(p).norm()))) {
            p = Grammar.pastQuotes(doc, s, p + 1); // «مجلس إدارة شركة “X”», «مجلس تحرير لقناتي “X وY”»: the cue outside the names
        }
        int m = p < s.endToken() ? doc.mentionAt[p] : -1;
        return m >= 0 && doc.type(m) == EntityType.ORGANIZATION ? m : -1;
    }

    /** «لقناتي», «شركتي»: a cue noun in the dual (its ل or و aside), before the two names it stands for. */
    private static boolean dualCue(String norm) {
        String n = Clitics.withoutConjunction(norm);
        return DUAL_CUES.contains(n.startsWith("ل") ? n.substring(1) : n);
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
