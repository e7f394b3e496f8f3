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

    boolean marked() {
        return kind.equals("marked");
    }

    boolean lead() {
        return kind.equals("lead");
    }
}
