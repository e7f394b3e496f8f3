package dev.khabar.core.facts;

import dev.khabar.core.lexicon.WordSet;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.text.Sentence;
import java.util.Set;

/**
 * "Chapek is the seventh CEO. … Before that he was chairman of X": an English "he"/"she" stands for the person the
 * text last named, when the sentence naming that person names no other one (else who is meant is not told).
 */
final class PersonPronouns {
    static final Set<String> SUBJECTS = WordSet.of("he", "she");
    /** How many sentences back a pronoun may reach for its person: a biography runs a few sentences on one name. */
    private static final int REACH = 3;

    private PersonPronouns() {
    }

    /** Whether token {@code k} is a subject pronoun "he"/"she" (no name covers it). */
    static boolean at(Doc doc, int k) {
        return doc.mentionAt[k] < 0 && SUBJECTS.contains(doc.token(k).norm());
    }

    /** Auxiliaries and adverbs between a subject pronoun and its verb: "she had also co-founded". */
    private static final Set<String> BETWEEN = WordSet.of("had", "has", "have", "was", "is", "will", "would", "also",
            "later", "then", "previously", "once", "first", "jointly");

    /** A subject pronoun right before the verb at {@code verb}, past auxiliaries and adverbs, or -1. */
    static int before(Doc doc, Sentence s, int verb) {
        for (int k = verb - 1; k >= Math.max(s.firstToken(), verb - 4); k--) {
            if (at(doc, k)) {
                return k;
            }
            if (doc.mentionAt[k] >= 0 || !BETWEEN.contains(doc.token(k).norm())) {
                return -1;
            }
        }
        return -1;
    }

    /** The person mention the pronoun at {@code k} stands for, or -1. */
    static int antecedent(Doc doc, Sentence s, int k) {
        for (int back = s.index(); back >= Math.max(0, s.index() - REACH); back--) {
            Sentence here = doc.sentences.get(back);
            int person = onePerson(doc, here.firstToken(), back == s.index() ? k : here.endToken());
            if (person == SEVERAL) {
                return -1; // two people named together: "he" could be either
            }
            if (person >= 0) {
                return person;
            }
        }
        return -1;
    }

    /** What {@link #onePerson} answers when tokens name more than one person. */
    static final int SEVERAL = -2;

    /** The person mention tokens [from, to) name (its last mention), -1 when they name none, {@link #SEVERAL} when more than one. */
    static int onePerson(Doc doc, int from, int to) {
        int person = -1;
        for (int m : doc.mentionsIn(from, to)) {
            if (doc.type(m) != EntityType.PERSON) {
                continue;
            }
            if (person >= 0 && !doc.id(person).equals(doc.id(m))) {
                return SEVERAL;
            }
            person = m;
        }
        return person;
    }
}
