package dev.khabar.core.facts;

import dev.khabar.core.dates.DateMention;
import dev.khabar.core.entities.Mention;
import dev.khabar.core.entities.ResolvedEntities;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.numbers.Money;
import dev.khabar.core.numbers.Quantity;
import dev.khabar.core.text.Script;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.WordFlags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Everything the fact finders read about one document: tokens, sentences, resolved names, money, counts, dates. */
final class Doc {
    final String text;
    final List<Token> tokens;
    /** the tokens again, for {@link #token}, which the rules call more than anything else */
    private final Token[] tokenArray;
    /** the empty marks just outside the text (see {@link #token}) */
    private static final Token START = new Token(0, 0, "", "", Script.PUNCT);
    private final Token end;
    /**
     * The trigger at each token for the limit last asked with (kept as limit + 1; 0: not asked): the deal, layoff and
     * partnership finders each walk every token of a sentence asking it, nearly always up to the sentence's end.
     */
    private final Trigger[] triggers;
    private final int[] triggerLimits;
    final List<Sentence> sentences;
    final ResolvedEntities entities;
    final LocalDate published;
    final List<List<Money>> money;
    final List<List<Quantity>> counts;
    final List<List<DateMention>> dates;
    /** mention index covering each token, or -1 */
    final int[] mentionAt;
    /**
     * Clause bounds already found by {@link Grammar}, by token, each with 1 + the index of the sentence it was found in
     * (0: not yet): many rules ask for the clause of the same word, and each answer scans the sentence.
     */
    final int[] clauseStarts;
    final int[] clauseStartIn;
    final int[] clauseEnds;
    final int[] clauseEndIn;
    /** id of the body said to award the contracts the text goes on to list ("The Pentagon awarded … contracts") */
    String awarder;
    /** the latest contract a company was said to win with no client named, for a sentence naming who awarded it */
    Awards.Won won;
    /** whether each organization (by id) is an outlet or a regulator, as NonEmployers judged it */
    final Map<String, Boolean> nonEmployers = new HashMap<>();
    /** id of the organization the text talks about most, or null */
    final String topic;

    Doc(String text, List<Token> tokens, List<Sentence> sentences, ResolvedEntities entities, LocalDate published,
        List<List<Money>> money, List<List<Quantity>> counts, List<List<DateMention>> dates) {
        this.text = text;
        this.tokens = tokens;
        this.tokenArray = tokens.toArray(new Token[0]);
        this.end = new Token(text.length(), text.length(), "", "", Script.PUNCT);
        this.triggers = new Trigger[tokenArray.length];
        this.triggerLimits = new int[tokenArray.length];
        this.sentences = sentences;
        this.entities = entities;
        this.published = published;
        this.money = money;
        this.counts = counts;
        this.dates = dates;
        this.mentionAt = new int[tokens.size()];
        this.clauseStarts = new int[tokens.size()];
        this.clauseStartIn = new int[tokens.size()];
        this.clauseEnds = new int[tokens.size()];
        this.clauseEndIn = new int[tokens.size()];
        Arrays.fill(mentionAt, -1);
        List<Mention> mentions = entities.mentions();
        for (int m = 0; m < mentions.size(); m++) {
            if (tickerExchange(mentions.get(m))) {
                continue;
            }
            for (int k = mentions.get(m).startToken(); k < mentions.get(m).endToken(); k++) {
                mentionAt[k] = m;
            }
        }
        this.topic = topic();
    }

    /**
     * "Fifth Third Bancorp (NASDAQ: FITB) announced an acquisition": the exchange of a bracketed ticker only says where
     * the company before it is listed, so it is no party to what the sentence tells (the entity stays named).
     */
    private boolean tickerExchange(Mention m) {
        int before = m.startToken() - 1;
        int after = m.endToken();
        return before >= 0 && after + 1 < tokenArray.length && tokenArray[before].is("(") && tokenArray[after].is(":")
                && tokenArray[after + 1].script() == Script.LATIN && tokenArray[after + 1].surface().length() >= 2
                && tokenArray[after + 1].surface().equals(tokenArray[after + 1].surface().toUpperCase(java.util.Locale.ROOT));
    }

    private String topic() {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (int m = 0; m < entities.mentions().size(); m++) {
            if (entities.typeOf(m) == EntityType.ORGANIZATION) {
                Integer seen = counts.get(entities.idOf(m)); // not merge's lambda: a cold start pays its class
                int c = seen == null ? 1 : seen + 1;
                counts.put(entities.idOf(m), c);
                if (best == null || c > counts.get(best)) {
                    best = entities.idOf(m);
                }
            }
        }
        return best;
    }

    /** Whether a date's value ("2025-03-04", "2025-03") is no later than publication (any date when it is unknown). */
    boolean byPublication(String value) {
        return published == null || value.compareTo(published.toString()) <= 0;
    }

    Mention mention(int m) {
        return entities.mentions().get(m);
    }

    EntityType type(int m) {
        return entities.typeOf(m);
    }

    String id(int m) {
        return entities.idOf(m);
    }

    /** Mention indices inside tokens [from, to), in order. */
    List<Integer> mentionsIn(int from, int to) {
        List<Integer> out = new ArrayList<>();
        int last = -1;
        for (int k = from; k < to; k++) {
            int m = mentionAt[k];
            if (m >= 0 && m != last) {
                out.add(m);
                last = m;
            }
        }
        return out;
    }

    /** Where a sum of sentence {@code s} that starts at token {@code start} ends, or -1. */
    int sumStartingAt(Sentence s, int start) {
        for (Money m : money.get(s.index())) {
            if (m.startToken() == start) {
                return m.endToken();
            }
        }
        return -1;
    }

    /** Where a sum of sentence {@code s} that ends at token {@code end} starts, or -1. */
    int sumEndingAt(Sentence s, int end) {
        for (Money m : money.get(s.index())) {
            if (m.endToken() == end) {
                return m.startToken();
            }
        }
        return -1;
    }

    /** The per-word answers about token {@code k}'s folded word. */
    WordFlags.Word word(int k) {
        return tokenArray[k].word();
    }

    /** {@link TriggerLexicon#at} of token {@code k} before {@code limit}. */
    Trigger trigger(int k, int limit) {
        if (triggerLimits[k] != limit + 1) {
            triggers[k] = TriggerLexicon.at(tokens, k, limit);
            triggerLimits[k] = limit + 1;
        }
        return triggers[k];
    }

    /**
     * The token at {@code i}; one step outside the text (-1, or the token count) is an empty mark, so that a rule looking
     * one word back or ahead of a construction at the text's edge — a page cut mid-story — finds nothing there.
     */
    Token token(int i) {
        if (i == -1 || i == tokenArray.length) {
            return i < 0 ? START : end;
        }
        return tokenArray[i];
    }
}
