package dev.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Priming runs a whole invocation in memory: it must succeed without any AWS endpoint configured or reachable. */
class SnapStartPrimingTest {
    @Test
    void primingProcessesItsArticleThroughTheHandlerWithoutFailures() throws Exception {
        assertEquals("{\"batchItemFailures\":[]}", SnapStartPriming.prime());
    }

    @Test
    void primingCanRunAgainInTheSameJvm() throws Exception {
        SnapStartPriming.prime();
        assertEquals("{\"batchItemFailures\":[]}", SnapStartPriming.prime());
    }
}
