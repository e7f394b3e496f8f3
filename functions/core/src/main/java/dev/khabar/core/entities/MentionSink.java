package dev.khabar.core.entities;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Collects mentions, refusing any that overlap one already found (earlier passes are the surer ones). */
final class MentionSink {
    /** A class rather than comparingInt(Mention::startToken): the first document pays a class for each lambda. */
    private static final Comparator<Mention> BY_START = new Comparator<>() {
        @Override
        public int compare(Mention a, Mention b) {
            return Integer.compare(a.startToken(), b.startToken());
        }
    };

    private final String text;
    private final List<Token> tokens;
    private final boolean[] covered;
    /** Tokens covered by a place, so a longer name can take a place word as its adjective (الشركة السعودية…). */
    private final boolean[] place;
    private final List<Mention> mentions = new ArrayList<>();

    MentionSink(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.covered = new boolean[tokens.size()];
        this.place = new boolean[tokens.size()];
    }

    String text() {
        return text;
    }

    boolean covered(int i) {
        return covered[i];
    }

    /**
     * Extends the person's name that ends right before token {@code i} over tokens [i, end): "Tahnoon bin Zayed" then "Al
     * Nahyan" is one name. Returns whether there was such a name.
     */
    boolean extendPerson(int i, int end) {
        Mention m = i > 0 ? at(i - 1) : null;
        if (m == null || m.endToken() != i || m.type() != EntityType.PERSON) {
            return false;
        }
        int to = tokens.get(end - 1).end();
        replace(m, new Mention(m.startToken(), end, m.start(), to, text.substring(m.start(), to), m.type(), m.entry(),
                m.name(), m.aliasOf()));
        for (int k = i; k < end; k++) {
            covered[k] = true;
        }
        return true;
    }

    boolean free(int from, int to) {
        for (int k = from; k < to; k++) {
            if (covered[k]) {
                return false;
            }
        }
        return true;
    }

    /** Adds tokens [from, to) as a mention; {@code skipChars} leading chars (a clitic) are left out of the surface. */
    boolean add(int from, int to, int skipChars, EntityType type, GazetteerEntry entry, String name) {
        return add(from, to, skipChars, "", type, entry, name);
    }

    /**
     * «للصندوق الثقافي»: a name whose article the preposition ل swallowed (ل + ال is written لل); its surface is the
     * name as written on its own, article restored: الصندوق الثقافي. {@code skipChars} skips the whole لل.
     */
    boolean addWithArticle(int from, int to, int skipChars, EntityType type) {
        return add(from, to, skipChars, "ال", type, null, null);
    }

    /**
     * A known name read at {@code from} as {@code reading}: «للبنك المركزي المصري» read as «البنك…» (ل + ال written
     * لل) gets its article back; any other clitic is left out of the surface.
     */
    boolean addKnown(int from, int to, String reading, EntityType type, GazetteerEntry entry, String name) {
        return addKnown(from, to, reading, type, entry, name, null);
    }

    /**
     * {@link #addKnown} of a name whose identity is {@code aliasOf}: «أوراسكوم تيليكوم الجزائر» and «أوراسكوم للاتصالات
     * الجزائر», both Orascom's unit in Algeria, are one entity however its long name is written.
     */
    boolean addKnown(int from, int to, String reading, EntityType type, GazetteerEntry entry, String name, String aliasOf) {
        Token t = tokens.get(from);
        String written = t.norm();
        if (reading.startsWith("ال") && written.startsWith("لل") && written.substring(2).equals(reading.substring(2))) {
            return add(from, to, cliticChars(t, reading.substring(2)), "ال", type, entry, name, aliasOf);
        }
        return add(from, to, cliticChars(t, reading), "", type, entry, name, aliasOf);
    }

    private boolean add(int from, int to, int skipChars, String prefix, EntityType type, GazetteerEntry entry, String name) {
        return add(from, to, skipChars, prefix, type, entry, name, null);
    }

    private boolean add(int from, int to, int skipChars, String prefix, EntityType type, GazetteerEntry entry, String name,
                        String aliasOf) {
        if (from >= to || !free(from, to)) {
            return false;
        }
        for (int k = from; entry == null && k < to; k++) {
            if (tokens.get(k).script() == Script.ARABIC && accusativeTanween(tokens.get(k).surface())) {
                return false; // «غبيًا», «استطلاعًا»: a word written with tanween is an indefinite word, in no name
            }
        }
        int start = tokens.get(from).start() + skipChars;
        int end = tokens.get(to - 1).end();
        String surface = prefix + text.substring(start, end);
        mentions.add(new Mention(from, to, start, end, surface, type, entry, name, aliasOf));
        for (int k = from; k < to; k++) {
            covered[k] = true;
            place[k] = type == EntityType.LOCATION;
        }
        return true;
    }

    /** «استطلاعًا», «عرضاً»: the indefinite accusative ending, fathatan with its alif, as names never take it. */
    static boolean accusativeTanween(String surface) {
        return surface.endsWith("\u064Bا") || surface.endsWith("ا\u064B");
    }

    /** The mention added last. */
    Mention last() {
        return mentions.get(mentions.size() - 1);
    }

    /** Whether token k belongs to a place already found. */
    boolean placeAt(int k) {
        return place[k];
    }

    /** Forgets the known places among tokens [from, to), which a longer name (a quoted company name) contains. */
    void dropPlacesIn(int from, int to) {
        // an iterator, not removeIf's lambda: the first document pays its class
        for (Iterator<Mention> it = mentions.iterator(); it.hasNext(); ) {
            Mention m = it.next();
            if (m.startToken() >= from && m.endToken() <= to && m.type() == EntityType.LOCATION) {
                for (int k = m.startToken(); k < m.endToken(); k++) {
                    covered[k] = false;
                    place[k] = false;
                }
                it.remove();
            }
        }
    }

    /** Whether a name of two or more words found so far ends in the word {@code folded}: "the Herald" after "Tovalo Herald". */
    boolean endsAName(String folded) {
        for (Mention m : mentions) {
            if (m.endToken() - m.startToken() > 1 && tokens.get(m.endToken() - 1).is(folded)) {
                return true;
            }
        }
        return false;
    }

    /** The mention covering token k, or null. */
    Mention at(int k) {
        if (!covered[k]) {
            return null;
        }
        for (Mention m : mentions) {
            if (m.startToken() <= k && k < m.endToken()) {
                return m;
            }
        }
        return null;
    }

    /** Forgets every name found among tokens [from, to), which a longer quoted name contains. */
    void dropNamesIn(int from, int to) {
        mentions.removeIf(m -> {
            boolean inside = m.startToken() >= from && m.endToken() <= to;
            if (inside) {
                for (int k = m.startToken(); k < m.endToken(); k++) {
                    covered[k] = false;
                    place[k] = false;
                }
            }
            return inside;
        });
    }

    /** Whether an organization found already is written with the words of tokens [from, to). */
    boolean organizationWritten(int from, int to) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.ORGANIZATION && m.endToken() - m.startToken() == to - from && m.startToken() != from) {
                boolean same = true;
                for (int k = 0; same && k < to - from; k++) {
                    same = tokens.get(m.startToken() + k).norm().equals(tokens.get(from + k).norm());
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a person found already ends with the word {@code norm} (her family name). */
    boolean familyNameOfPerson(String norm) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON && m.endToken() - m.startToken() >= 2 && tokens.get(m.endToken() - 1).is(norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an organization named so far opens with the folded word {@code norm}, after its cue noun if it is written
     * with one («مجموعة بلومارا القابضة», «شركة دله للخدمات الصحية» → بلومارا، دله).
     */
    boolean opensOrganization(String norm) {
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION || m.endToken() - m.startToken() < 2) {
                continue;
            }
            int first = Cues.arabicCue(tokens.get(m.startToken()).norm()) != null ? m.startToken() + 1 : m.startToken();
            if (tokens.get(first).is(norm)) {
                return true;
            }
        }
        return false;
    }

    /** Puts {@code neu} in the place of {@code old} (another identity, or the same name over more tokens). */
    void replace(Mention old, Mention neu) {
        mentions.set(mentions.indexOf(old), neu);
    }

    List<Mention> sorted() {
        mentions.sort(BY_START);
        return mentions;
    }

    /** Chars to skip so a surface starts at the clitic-free reading ("وأنثروبيك" → "أنثروبيك"; "للبنك" → "لبنك" stays whole). */
    static int cliticChars(Token t, String reading) {
        int drop = t.norm().length() - reading.length();
        if (drop <= 0) {
            return 0;
        }
        int skipped = 0;
        int letters = 0;
        String s = t.surface();
        while (skipped < s.length() && letters < drop) {
            if (dev.khabar.core.text.TextNormalizer.fold(s.charAt(skipped)) != 0) {
                letters++;
            }
            skipped++;
        }
        return skipped;
    }
}
