package dev.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extractor;
import dev.khabar.core.model.FactsJson;
import dev.khabar.store.DocumentStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
    void anOnDemandInitStartsTheWarmupAndInitWaitsForIt() {
        InitWarmup warmup = InitWarmup.start(Map.of(InitWarmup.INIT_TYPE, "on-demand"), 2, new Extractor(), log);
        assertTrue(warmup.started());
        warmup.await();
        assertEquals("", logged.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSnapStartInitLeavesTheWorkToThePrimingBeforeTheSnapshot() {
        InitWarmup warmup = InitWarmup.start(Map.of(InitWarmup.INIT_TYPE, InitWarmup.SNAPSTART_INIT), 2,
                new Extractor(), log);
        assertFalse(warmup.started());
        warmup.await();
    }

    @Test
    void oneProcessorLeavesTheWorkToTheFirstInvocation() {
        InitWarmup warmup = InitWarmup.start(Map.of(InitWarmup.INIT_TYPE, "on-demand"), 1, new Extractor(), log);
        assertFalse(warmup.started());
    }

    @Test
    void aFailedWarmupIsLoggedAndInitGoesOn() {
        InitWarmup warmup = InitWarmup.start(Map.of(), 2, null, log);
        warmup.await();
        String line = logged.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("{\"level\":\"WARN\",\"message\":\"init warm-up failed: java.lang.NullPointerException"),
                line);
    }
}
