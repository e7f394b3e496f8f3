package dev.khabar.bench.coldstart;

import com.sun.management.OperatingSystemMXBean;
import dev.khabar.core.Extractor;
import dev.khabar.core.SourceText;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.core.model.FactsJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The extraction core's share of a cold start, without AWS or the emulator: in a fresh JVM (start it with the flags to
 * compare, e.g. Lambda's {@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}), the CPU of constructing the extractor
 * (its static tables), of the first document, of its facts JSON and of the same document again, each as the main
 * thread's CPU and as the process's (which adds the JIT compiler's threads). One line per phase: name, thread ms,
 * process ms. Run it many times, alternating the builds compared: one JVM's figures are noisy.
 * <pre>java -cp CORE_JAR:JACKSON_JARS:BENCH_JAR dev.khabar.bench.coldstart.CorePhases ARTICLE [YYYY-MM-DD]</pre>
 */
public final class CorePhases {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final StringBuilder lines = new StringBuilder();
    private long thread;
    private long process;

    private CorePhases() {
        thread = threads.getCurrentThreadCpuTime();
        process = os.getProcessCpuTime();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CorePhases ARTICLE [YYYY-MM-DD]");
            System.exit(2);
        }
        String text = new String(Files.readAllBytes(Path.of(args[0])), StandardCharsets.UTF_8);
        LocalDate published = args.length > 1 ? LocalDate.parse(args[1]) : null;
        CorePhases phases = new CorePhases();
        Extractor extractor = new Extractor();
        phases.mark("construct");
        FactsDocument first = extractor.extract(new SourceText("first", text, null, published));
        phases.mark("first-extract");
        String json = FactsJson.write(first);
        phases.mark("first-json");
        extractor.extract(new SourceText("again", text, null, published));
        phases.mark("second-extract");
        System.out.print(phases.lines);
        System.out.println("facts-json-chars " + json.length());
    }

    private void mark(String phase) {
        long t = threads.getCurrentThreadCpuTime();
        long p = os.getProcessCpuTime();
        lines.append(phase).append(' ').append((t - thread) / 1_000_000).append(' ').append((p - process) / 1_000_000)
                .append('\n');
        thread = t;
        process = p;
    }
}
