package dev.khabar.store.read;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Independent table reads of one request run side by side on a few daemon threads, so that a search waits for about
 * one round trip instead of one per read. The threads start with the first such read, not when the function starts,
 * and stay for the container's life. Four threads and the caller stay within the five idle connections the JDK's HTTP
 * client keeps per host (http.maxConnections): more would open a new TLS connection per read.
 */
final class SideBySide {
    private static final int THREADS = 4;

    private SideBySide() {
    }

    /** Started reads: {@link #results()} waits for them; a failure of any is rethrown as it was thrown. */
    static final class Reads<T> {
        private final List<Future<T>> futures;

        private Reads(List<Future<T>> futures) {
            this.futures = futures;
        }

        List<T> results() {
            List<T> results = new ArrayList<>(futures.size());
            try {
                for (Future<T> f : futures) {
                    results.add(f.get());
                }
                return results;
            } catch (ExecutionException e) {
                futures.forEach(f -> f.cancel(false));
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("a table read failed", e.getCause());
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the table", e);
            }
        }
    }

    /** Starts every read; the caller does its own work meanwhile and then asks for the results. */
    static <T> Reads<T> start(List<Callable<T>> reads) {
        List<Future<T>> futures = new ArrayList<>(reads.size());
        for (Callable<T> read : reads) {
            futures.add(Pool.EXECUTOR.submit(read));
        }
        return new Reads<>(futures);
    }

    /** Built on first use: a query function that is never asked to search starts no thread. */
    private static final class Pool {
        private static final AtomicInteger COUNT = new AtomicInteger();
        static final ExecutorService EXECUTOR = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "table-read-" + COUNT.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
