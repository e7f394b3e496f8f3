package dev.khabar.bench.coldstart.child;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The child process of one cold-start run: what the Lambda runtime does to a fresh JVM, timed. Loads the handler
 * class and builds it (the init phase), optionally runs the priming a SnapStart checkpoint would run, then invokes it
 * with the first event (the cold invocation) and the rest (warm). Times are {@link System#nanoTime()} readings,
 * which on Linux share one monotonic clock with the parent, so the parent can put its spawn time in front of them.
 *
 * <p>Arguments: handler class, event kind ({@code stream}: one file per event, raw bytes; {@code http}: one request
 * line per event, {@code GET /path?query}), events path, results file, and optionally {@code prime}.
 * The results file is a properties file; a failed invocation is recorded there, not thrown, so the parent says
 * which run broke and why.
 */
public final class Runner {
    private Runner() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.nanoTime();
        String handlerClass = args[0];
        Invoker.Kind kind = Invoker.Kind.valueOf(args[1].toUpperCase(java.util.Locale.ROOT));
        Path events = Path.of(args[2]);
        Path results = Path.of(args[3]);
        boolean prime = args.length > 4 && "prime".equals(args[4]);

        Properties out = new Properties();
        out.setProperty("main", Long.toString(main));
        try {
            Object handler = Class.forName(handlerClass).getDeclaredConstructor().newInstance();
            out.setProperty("init", Long.toString(System.nanoTime()));
            if (prime) {
                Checkpoint.simulate();
            }
            out.setProperty("ready", Long.toString(System.nanoTime()));

            Invoker invoker = Invoker.of(kind, handler, events);
            long start = System.nanoTime();
            invoker.invoke(0);
            long first = System.nanoTime();
            // CPU of all the JVM's threads (JIT and GC included) up to the first answer: on a busy machine a steadier
            // measure of the work a cold start does than wall time, and on Lambda's fraction of a vCPU the one that counts
            long cpu = ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
            out.setProperty("cpuToFirst", Long.toString(cpu));
            out.setProperty("threadCpuToFirst", ProcStatus.cpuByThreadName());
            out.setProperty("firstStart", Long.toString(start));
            out.setProperty("first", Long.toString(first));
            out.setProperty("rssAfterFirstKb", Long.toString(ProcStatus.kb("VmRSS")));

            List<String> warm = new ArrayList<>();
            for (int i = 1; i < invoker.count(); i++) {
                long t = System.nanoTime();
                invoker.invoke(i);
                warm.add(Long.toString(System.nanoTime() - t));
            }
            out.setProperty("warmNanos", String.join(",", warm));
            out.setProperty("peakRssKb", Long.toString(ProcStatus.kb("VmHWM")));
            out.setProperty("ok", "true");
        } catch (Throwable e) {
            out.setProperty("ok", "false");
            out.setProperty("failure", e.toString());
            e.printStackTrace();
        }
        write(out, results);
        // the SDK's idle connections and any daemon threads end with the process, as when Lambda freezes it for good
        System.exit(0);
    }

    private static void write(Properties out, Path results) throws IOException {
        try (var writer = Files.newBufferedWriter(results)) {
            out.store(writer, null);
        }
    }
}
