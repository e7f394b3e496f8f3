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
        return kind.equals("marked") || deal();
    }

    /** "the deal with X", «صفقة مع X»: a noun that takes its type from the deal the text tells of around it. */
    boolean deal() {
        return kind.equals("deal");
    }

    boolean lead() {
        return kind.equals("lead");
    }
}
