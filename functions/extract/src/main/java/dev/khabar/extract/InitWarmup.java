package dev.khabar.extract;

import dev.khabar.core.Extractor;
import dev.khabar.core.SourceText;
import dev.khabar.core.json.JsonText;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.store.DocumentStatus;
import dev.khabar.store.priming.UnsentDynamoDb;
import dev.khabar.store.write.ClaimResult;
import dev.khabar.store.write.DocumentVersion;
import dev.khabar.store.write.DocumentWriter;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Without SnapStart, the first invocation of every container pays for loading and interpreting the extraction core,
 * the facts' JSON and the store's write path for the first time, the largest part of what the function does beyond
 * its I/O. Where the JVM has a second processor, the handler's init runs that work once on a second thread, over a
 * short article of both languages, while its own thread builds the SDK clients, and waits for it before init ends, so
 * that none of it competes with the first invocation. The core alone saved ~5 % of the time to the first answer for
 * ~5 % more CPU (docs/performance.md, round 21), the write path another ~2 % (round 23): on one processor it would
 * only cost, so it does not run there. The write path runs over a table that answers in memory before marshalling:
 * warming the SDK's own request path would need a second set of clients, which costs more than it saves. A SnapStart
 * init skips it all: the priming before the snapshot does this and more.
 */
final class InitWarmup {
    /** Lambda's variable naming the kind of init; SnapStart's value is {@value #SNAPSTART_INIT}. */
    static final String INIT_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    static final String SNAPSTART_INIT = "snap-start";

    private static final String SAMPLE_ID = "init-warmup";

    private final Thread thread;

    private InitWarmup(Thread thread) {
        this.thread = thread;
    }

    /**
     * Starts warming {@code extractor} on its own thread, unless this is a SnapStart init or the JVM has one processor
     * only; failures go to {@code log}.
     */
    static InitWarmup start(Map<String, String> env, int processors, Extractor extractor, PrintStream log) {
        if (SNAPSTART_INIT.equals(env.get(INIT_TYPE)) || processors < 2) {
            return new InitWarmup(null);
        }
        Thread thread = Thread.ofPlatform().name("khabar-init-warmup").daemon().unstarted(new Warm(extractor, log));
        thread.start();
        return new InitWarmup(thread);
    }

    /**
     * The core's and the store's share of a first invocation, without I/O: one article of both languages extracted,
     * then claimed and written by the store's {@link DocumentWriter} over a table that answers in memory, before any
     * marshalling.
     */
    static Warmed warm(Extractor extractor) {
        FactsDocument facts = extractor.extract(new SourceText(SAMPLE_ID, SnapStartPriming.ARTICLE, null,
                LocalDate.now()));
        UnsentDynamoDb table = new UnsentDynamoDb();
        DocumentWriter writer = new DocumentWriter(table, SAMPLE_ID, Clock.systemUTC(), Duration.ofMinutes(5));
        Instant now = Instant.now();
        ClaimResult claimed = writer.claim(new DocumentVersion(SAMPLE_ID, SAMPLE_ID,
                DocumentVersion.sequencerOf(null, now), now), facts);
        return new Warmed(facts, writer.complete(claimed.claim()), table.calls());
    }

    /** What a warm-up did: the sample's facts, the status the store gave them, and the table calls it made. */
    record Warmed(FactsDocument facts, DocumentStatus stored, int tableCalls) {
    }

    /** A class, not a lambda: nothing for the invokedynamic bootstrap to do on the cold path. */
    private record Warm(Extractor extractor, PrintStream log) implements Runnable {
        @Override
        public void run() {
            try {
                warm(extractor);
            } catch (RuntimeException | LinkageError e) {
                log.println(new JsonText().startObject().field("level", "WARN")
                        .field("message", "init warm-up failed: " + e).endObject());
            }
        }
    }

    /** Whether a warm-up thread was started. */
    boolean started() {
        return thread != null;
    }

    /** Waits for the warm-up to end; a failed one has been logged and cost nothing but its time. */
    void await() {
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
