package dev.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extractor;
import dev.khabar.core.model.FactsJson;
import dev.khabar.store.DocumentStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InitWarmupTest {
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);

    @Test
    void warmingRunsBothLanguagesThroughTheCoreAndTheStoresWritePath() {
        InitWarmup.Warmed warmed = InitWarmup.warm(new Extractor());
        String json = FactsJson.write(warmed.facts());
        // the sample's English and Arabic sentences each state Meta's investment: both paths ran
        assertTrue(json.contains("\"type\":\"INVESTMENT\""), json);
        assertTrue(json.contains("هاربر روبوتيكس"), json);
        assertTrue(json.contains("Dana Whitfield"), json);
        // the claim with the keys, the groups, the alias check, the missing aliases, DONE: every call a first document makes
        assertEquals(DocumentStatus.DONE, warmed.stored());
        assertEquals(5, warmed.tableCalls());
    }

    @Test
    void anOnDemandInitBuildsAndWarmsTheExtractorOnItsOwnThreadAndInitWaitsForIt() {
        BuildingThreads make = new BuildingThreads(0);
        InitWarmup warmup = InitWarmup.start(Map.of(InitWarmup.INIT_TYPE, "on-demand"), 2, make, log);
        assertTrue(warmup.started());
        Extractor extractor = warmup.extractor();
        assertSame(extractor, warmup.extractor());
        assertEquals(List.of("khabar-init-warmup"), make.threads);
        assertEquals("", logged.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSnapStartInitLeavesTheWarmingToThePrimingBeforeTheSnapshot() {
        BuildingThreads make = new BuildingThreads(0);
        InitWarmup warmup = InitWarmup.start(Map.of(InitWarmup.INIT_TYPE, InitWarmup.SNAPSTART_INIT), 2, make, log);
        assertFalse(warmup.started());
        warmup.extractor();
        assertEquals(List.of(Thread.currentThread().getName()), make.threads);
    }

    @Test
    void oneProcessorLeavesTheWorkToTheInitsOwnThread() {
        BuildingThreads make = new BuildingThreads(0);
        InitWarmup warmup = InitWarmup.start(Map.of(InitWarmup.INIT_TYPE, "on-demand"), 1, make, log);
        assertFalse(warmup.started());
        warmup.extractor();
        assertEquals(List.of(Thread.currentThread().getName()), make.threads);
    }

    @Test
    void aFailedWarmupIsLoggedAndTheInitsOwnThreadBuildsTheExtractor() {
        BuildingThreads make = new BuildingThreads(1);
        InitWarmup warmup = InitWarmup.start(Map.of(), 2, make, log);
        assertNotNull(warmup.extractor());
        assertEquals(List.of("khabar-init-warmup", Thread.currentThread().getName()), make.threads);
        String line = logged.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("{\"level\":\"WARN\",\"message\":\"init warm-up failed: "
                + "java.lang.IllegalStateException: lexicon unreadable"), line);
    }

    @Test
    void anExtractorThatCannotBeBuiltFailsTheInit() {
        InitWarmup warmup = InitWarmup.start(Map.of(), 2, new BuildingThreads(2), log);
        IllegalStateException e = assertThrows(IllegalStateException.class, warmup::extractor);
        assertEquals("lexicon unreadable", e.getMessage());
    }

    /** Builds extractors, recording the thread of every attempt; its first {@code failures} attempts fail. */
    private static final class BuildingThreads implements Supplier<Extractor> {
        final List<String> threads = new CopyOnWriteArrayList<>();
        private final int failures;

        BuildingThreads(int failures) {
            this.failures = failures;
        }

        @Override
        public Extractor get() {
            threads.add(Thread.currentThread().getName());
            if (threads.size() <= failures) {
                throw new IllegalStateException("lexicon unreadable");
            }
            return new Extractor();
        }
    }
}
