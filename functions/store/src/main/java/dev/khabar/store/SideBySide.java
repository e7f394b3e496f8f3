package dev.khabar.store;

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
 * Independent table requests of one call (a search's reads, a document's batch writes) run side by side on a few
 * daemon threads, so that the call waits for about one round trip instead of one per request. The threads start with
 * the first such request, not when the function starts, and stay for the container's life. Four threads and the
 * caller stay within the five idle connections the JDK's HTTP client keeps per host (http.maxConnections): more would
 * open a new TLS connection per request.
 */
public final class SideBySide {
    private static final int THREADS = 4;

    private SideBySide() {
    }

    /** Started requests: {@link #results()} waits for them; a failure of any is rethrown as it was thrown. */
    public static final class Started<T> {
        private final List<Future<T>> futures;

        private Started(List<Future<T>> futures) {
            this.futures = futures;
        }

        public List<T> results() {
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
                throw new IllegalStateException("a table request failed", e.getCause());
            } catch (InterruptedException e) {
                futures.forEach(f -> f.cancel(true));
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the table", e);
            }
        }
    }

    /** Starts every request; the caller does its own work meanwhile and then asks for the results. */
    public static <T> Started<T> start(List<Callable<T>> requests) {
        List<Future<T>> futures = new ArrayList<>(requests.size());
        for (Callable<T> request : requests) {
            futures.add(Pool.EXECUTOR.submit(request));
        }
        return new Started<>(futures);
    }

    /** Built on first use: a function that never sends two requests at once starts no thread. */
    private static final class Pool {
        private static final AtomicInteger COUNT = new AtomicInteger();
        static final ExecutorService EXECUTOR = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "table-request-" + COUNT.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }
}
