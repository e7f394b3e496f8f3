package dev.khabar.core.text;

/** What a token is made of. */
public enum Script { ARABIC, LATIN, NUMBER, PUNCT }
