package dev.khabar.bench.throughput;

import dev.khabar.core.Extractor;
import dev.khabar.core.SourceText;
import dev.khabar.core.text.SentenceSplitter;
import dev.khabar.core.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Extraction throughput in MB/s of UTF-8 text on one thread, for Arabic and English articles, next to a baseline run
 * in the same process (tokenizing and sentence splitting the same text only): the ratio says what the rest costs.
 *
 * <p>Usage: {@code ThroughputBench [SEED_FILE] [MEGABYTES]} (defaults: seeds/000_acbe007552a08bad.txt if present, 8 MB
 * per language).
 */
public final class ThroughputBench {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 30);

    private ThroughputBench() {
    }

    public static void main(String[] args) throws IOException {
        Path seed = Path.of(args.length > 0 ? args[0] : "seeds/000_acbe007552a08bad.txt");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Extractor extractor = new Extractor();
        System.out.printf("khabar extraction throughput, one thread, %d MB per language%n", megabytes);
        for (Corpus corpus : Corpus.bundled(seed)) {
            List<String> docs = corpus.repeated(megabytes * 1_000_000L);
            long bytes = Corpus.bytes(docs);
            ToIntFunction<String> baseline = d -> SentenceSplitter.split(d, Tokenizer.tokenize(d)).size();
            ToIntFunction<String> full = d -> extractor.extract(new SourceText("bench", d, null, PUBLISHED)).facts().size();
            measure(docs, baseline, 2);
            measure(docs, full, 2);
            double baseSeconds = measure(docs, baseline, 3);
            double fullSeconds = measure(docs, full, 3);
            double baseRate = bytes / 1e6 / baseSeconds;
            double fullRate = bytes / 1e6 / fullSeconds;
            System.out.printf("%s: %d docs, %.1f MB  baseline (tokenize+split) %.1f MB/s  extract %.1f MB/s  "
                    + "extract/baseline %.2f%n", corpus.language(), docs.size(), bytes / 1e6, baseRate, fullRate,
                    fullRate / baseRate);
        }
    }

    /** Best of {@code rounds} runs over all documents, in seconds. */
    private static double measure(List<String> docs, ToIntFunction<String> work, int rounds) {
        double best = Double.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (String d : docs) {
                sink += work.applyAsInt(d);
            }
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        if (sink == 42) {
            System.out.print(""); // keeps the work observable to the JIT
        }
        return best;
    }
}
