package dev.khabar.core.facts;

import dev.khabar.core.model.FactType;

/** A word of the text that states a fact of {@code type}, at tokens [startToken, endToken). */
record Trigger(FactType type, String kind, int startToken, int endToken, boolean arabic) {
    boolean hire() {
        return kind.equals("hire");
    }

    boolean award() {
        return kind.equals("award");
    }

    boolean hold() {
        return kind.equals("hold");
    }

    /** Whether the object is named only after the type's preposition; a deal noun always needs its "with". */
    boolean marked() {
        return kind.equals("marked") || deal() || bid();
    }

    /** "Vodafone's $10 billion offer for X": a takeover offered, named by a noun that needs its "for". */
    boolean bid() {
        return kind.equals("bid");
    }

    /** "the deal with X", «صفقة مع X»: a noun that takes its type from the deal the text tells of around it. */
    boolean deal() {
        return kind.equals("deal");
    }

    /** "Started in 2017 by A and B": a common verb that tells a founding only in the passive, with its "by". */
    boolean passiveOnly() {
        return kind.equals("passive");
    }

    boolean lead() {
        return kind.equals("lead");
    }
}
