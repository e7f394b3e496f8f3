package dev.khabar.bench.throughput;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of the core compared in one JVM on a machine that is not idle: each round runs both over the same
 * documents, in alternating order, and times each on the thread's CPU clock, so other processes' load and the
 * order of runs touch both alike. Prints, per language, each build's median MB/s and the median and interquartile
 * range of the per-round speed ratio B/A (above 1: B is faster).
 *
 * <p>Usage: {@code CoreComparison CORE_JAR_A CORE_JAR_B [ROUNDS] [MEGABYTES] [SEED_FILE]} (defaults 21 rounds,
 * 0.5 MB per language and run, seeds/000_acbe007552a08bad.txt if present). The core's own dependencies must be on
 * this program's class path; each core jar gets a class loader of its own above them.
 */
public final class CoreComparison {
    private static final int WARM_UP_RUNS = 3;

    private CoreComparison() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: CoreComparison CORE_JAR_A CORE_JAR_B [ROUNDS] [MEGABYTES] [SEED_FILE]");
            System.exit(2);
        }
        Core a = new Core(Path.of(args[0]));
        Core b = new Core(Path.of(args[1]));
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 21;
        double megabytes = args.length > 3 ? Double.parseDouble(args[3]) : 0.5;
        Path seed = Path.of(args.length > 4 ? args[4] : "seeds/000_acbe007552a08bad.txt");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("A = %s%nB = %s%n%d rounds of %.2f MB per language, thread CPU time, order alternating%n",
                args[0], args[1], rounds, megabytes);
        for (Corpus corpus : Corpus.bundled(seed)) {
            List<String> docs = corpus.repeated((long) (megabytes * 1_000_000));
            long bytes = Corpus.bytes(docs);
            for (int w = 0; w < WARM_UP_RUNS; w++) {
                a.run(docs);
                b.run(docs);
            }
            double[] rateA = new double[rounds];
            double[] rateB = new double[rounds];
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                boolean aFirst = r % 2 == 0;
                for (int i = 0; i < 2; i++) {
                    boolean runA = (i == 0) == aFirst;
                    long start = threads.getCurrentThreadCpuTime();
                    (runA ? a : b).run(docs);
                    double rate = bytes / 1e6 / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
                    (runA ? rateA : rateB)[r] = rate;
                }
                ratio[r] = rateB[r] / rateA[r];
            }
            System.out.printf("%s: A median %.2f MB/s  B median %.2f MB/s  B/A median %.3f (interquartile %.3f-%.3f)%n",
                    corpus.language(), quantile(rateA, 0.5), quantile(rateB, 0.5), quantile(ratio, 0.5),
                    quantile(ratio, 0.25), quantile(ratio, 0.75));
        }
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.round(q * (sorted.length - 1))];
    }

    /** One build of the core, reached by reflection through a class loader of its own. */
    private static final class Core {
        private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 30);
        private final Object extractor;
        private final Method extract;
        private final Constructor<?> sourceText;
        private final Method facts;

        Core(Path jar) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                    CoreComparison.class.getClassLoader());
            Class<?> extractorClass = Class.forName("dev.khabar.core.Extractor", true, loader);
            Class<?> sourceClass = Class.forName("dev.khabar.core.SourceText", true, loader);
            if (extractorClass.getClassLoader() != loader) {
                throw new IllegalStateException("the core is on the class path already: leave it off, pass its jars");
            }
            extractor = extractorClass.getConstructor().newInstance();
            extract = extractorClass.getMethod("extract", sourceClass);
            sourceText = sourceClass.getConstructor(String.class, String.class, String.class, LocalDate.class);
            facts = extract.getReturnType().getMethod("facts");
        }

        long run(List<String> docs) throws Exception {
            long found = 0;
            for (String d : docs) {
                Object document = extract.invoke(extractor, sourceText.newInstance("bench", d, null, PUBLISHED));
                found += ((List<?>) facts.invoke(document)).size();
            }
            return found;
        }
    }
}
