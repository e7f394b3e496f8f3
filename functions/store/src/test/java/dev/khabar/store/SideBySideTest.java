package dev.khabar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SideBySideTest {
    @Test
    void resultsComeInTheOrderOfTheReadsWhateverOrderTheyFinishIn() {
        List<Callable<Integer>> reads = new ArrayList<>();
        CountDownLatch last = new CountDownLatch(1);
        reads.add(() -> {
            assertTrue(last.await(10, TimeUnit.SECONDS), "the last read ran meanwhile");
            return 0;
        });
        for (int i = 1; i < 9; i++) {
            int value = i;
            reads.add(() -> value);
        }
        reads.add(() -> {
            last.countDown();
            return 9;
        });
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), SideBySide.start(reads).results());
        assertEquals(List.of(), SideBySide.start(List.<Callable<Integer>>of()).results());
    }

    @Test
    void aFailedReadIsRethrownAsItWasThrown() {
        IllegalArgumentException refused = new IllegalArgumentException("the table refused");
        SideBySide.Started<Integer> reads = SideBySide.start(List.of(() -> 1, () -> {
            throw refused;
        }, () -> 3));
        assertSame(refused, assertThrows(IllegalArgumentException.class, reads::results));
        Exception checked = new Exception("not a runtime exception");
        IllegalStateException wrapped = assertThrows(IllegalStateException.class, () -> SideBySide.start(List.<Callable<Integer>>of(() -> {
            throw checked;
        })).results());
        assertSame(checked, wrapped.getCause());
    }

    @Test
    void theReadsRunOnAFewDaemonThreads() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<Callable<Boolean>> reads = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reads.add(() -> threads.add(Thread.currentThread()) || true);
        }
        SideBySide.start(reads).results();
        assertTrue(threads.size() <= 4, threads.toString());
        assertTrue(threads.stream().allMatch(Thread::isDaemon));
        assertTrue(threads.stream().noneMatch(t -> t == Thread.currentThread()));
    }
}
