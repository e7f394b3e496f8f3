package dev.khabar.core;

import dev.khabar.core.dates.DateMention;
import dev.khabar.core.dates.DateReader;
import dev.khabar.core.entities.EntityFinder;
import dev.khabar.core.entities.EntityResolver;
import dev.khabar.core.entities.Gazetteer;
import dev.khabar.core.entities.Mention;
import dev.khabar.core.entities.ResolvedEntities;
import dev.khabar.core.facts.FactFinder;
import dev.khabar.core.model.DocumentInfo;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.core.numbers.CountReader;
import dev.khabar.core.numbers.Money;
import dev.khabar.core.numbers.MoneyReader;
import dev.khabar.core.numbers.Quantity;
import dev.khabar.core.text.Headline;
import dev.khabar.core.text.LanguageDetector;
import dev.khabar.core.text.Sentence;
import dev.khabar.core.text.SentenceSplitter;
import dev.khabar.core.text.Token;
import dev.khabar.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Text in, facts document out: language, sentences, names, money, counts, dates, then facts. Thread-safe and cheap to
 * construct: every lexicon is static data loaded once per JVM.
 */
public final class Extractor {
    public static final String NAME = "khabar-rules/0.2.0";
    private final EntityFinder entityFinder = new EntityFinder();

    public FactsDocument extract(SourceText source) {
        String text = source.text();
        String language = LanguageDetector.detect(text);
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = SentenceSplitter.split(text, tokens);
        String headline = Headline.find(text);
        String title = source.title() != null ? source.title() : headline;
        int titleSentences = headline != null && !sentences.isEmpty() ? 1 : 0;

        List<Mention> mentions = entityFinder.find(text, tokens, sentences, titleSentences);
        ResolvedEntities entities = EntityResolver.resolve(mentions, text);
        Set<String> currencies = currenciesOfPlaces(mentions);
        List<List<Money>> money = new ArrayList<>(sentences.size());
        List<List<Quantity>> counts = new ArrayList<>(sentences.size());
        List<List<DateMention>> dates = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            money.add(MoneyReader.find(text, tokens, s.firstToken(), s.endToken(), currencies));
            counts.add(CountReader.find(tokens, s.firstToken(), s.endToken()));
            dates.add(DateReader.find(text, tokens, s.firstToken(), s.endToken(), source.published()));
        }
        List<Fact> facts = FactFinder.find(text, tokens, sentences, entities, source.published(), money, counts, dates);
        String published = source.published() == null ? null : source.published().toString();
        return new FactsDocument(FactsDocument.SCHEMA_VERSION,
                new DocumentInfo(source.id(), language, title, published, NAME), entities.entities(), facts);
    }

    /** Currencies of the countries the text names: a "pound" in an Egyptian story is the Egyptian pound. */
    private static Set<String> currenciesOfPlaces(List<Mention> mentions) {
        Set<String> out = new LinkedHashSet<>();
        for (Mention m : mentions) {
            String code = m.entry() == null ? null : Gazetteer.get().countryCode(m.entry());
            if (code != null) {
                try {
                    Currency c = Currency.getInstance(Locale.of("", code));
                    if (c != null) {
                        out.add(c.getCurrencyCode());
                    }
                } catch (IllegalArgumentException e) {
                    // a territory without a currency of its own
                }
            }
        }
        return out;
    }
}
