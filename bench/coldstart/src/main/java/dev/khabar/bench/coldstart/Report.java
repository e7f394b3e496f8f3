package dev.khabar.bench.coldstart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Collects the runs and renders medians and ratios as Markdown. */
final class Report {
    private static final double GOAL_RATIO = 1.3;
    private static final long GOAL_JAR_BYTES = 15L * 1000 * 1000;

    private final List<Variant> variants;
    private final int runs;
    private final Map<String, List<Measurement>> measurements = new LinkedHashMap<>();
    private final List<JarContents> jars = new ArrayList<>();
    private String entity;

    Report(List<Variant> variants, int runs) {
        this.variants = variants;
        this.runs = runs;
    }

    void jar(JarContents... contents) {
        jars.addAll(List.of(contents));
    }

    void entity(String key) {
        this.entity = key;
    }

    void add(String function, Variant variant, Measurement m) {
        measurements.computeIfAbsent(function + "/" + variant.name(), k -> new ArrayList<>()).add(m);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "JVM: %s %s, %d cores; %d runs per variant; query entity %s%n%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), runs, entity));
        out.append("## Cold start (fresh JVM → first answer), medians in ms\n\n");
        out.append("For `snapstart` the figure is the first invocation after init and priming (what remains after a"
                + " restore); the floor's is its first invocation without priming.\n\n");
        out.append("| function | variant | function | floor | ratio | JVM start | init | priming | first invoke"
                + " (fn / floor) | warm (fn / floor) | peak RSS MB (fn / floor) |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String function : List.of("extract", "query")) {
            for (Variant variant : variants) {
                List<Measurement> fn = measurements.get(function + "/" + variant.name());
                List<Measurement> floor = measurements.get(function + "-floor/" + variant.name());
                if (fn == null || floor == null) {
                    continue;
                }
                double coldFn = variant.snapStart() ? Stats.median(fn, Measurement::firstInvoke) : Stats.median(fn, Measurement::cold);
                double coldFloor = variant.snapStart() ? Stats.median(floor, Measurement::firstInvoke) : Stats.median(floor, Measurement::cold);
                double ratio = coldFn / coldFloor;
                out.append(String.format(Locale.ROOT,
                        "| %s | %s | %.0f | %.0f | %.2f%s | %.0f | %.0f | %.0f | %.0f / %.0f | %.1f / %.1f | %.0f / %.0f |%n",
                        function, variant.name(), ms(coldFn), ms(coldFloor), ratio, ratio <= GOAL_RATIO ? "" : " ✗",
                        ms(Stats.median(fn, Measurement::jvmStart)), ms(Stats.median(fn, Measurement::init)),
                        ms(Stats.median(fn, Measurement::priming)),
                        ms(Stats.median(fn, Measurement::firstInvoke)), ms(Stats.median(floor, Measurement::firstInvoke)),
                        ms(Stats.medianWarm(fn)), ms(Stats.medianWarm(floor)),
                        Stats.median(fn, Measurement::peakRssKb) / 1024, Stats.median(floor, Measurement::peakRssKb) / 1024));
            }
        }
        out.append(String.format(Locale.ROOT, "%nGoal: ratio ≤ %.1f (✗ marks a miss).%n", GOAL_RATIO));
        queryOverhead(out);
        jarSection(out);
        return out.toString();
    }

    /** The query handler's cost over a raw DynamoDB Query, warm, in the variant Lambda runs. */
    private void queryOverhead(StringBuilder out) {
        out.append("\n## Query handler overhead over a raw DynamoDB Query (warm, medians in ms)\n\n");
        out.append("| variant | QueryHandler | raw Query (floor) | overhead | ratio |\n|---|---:|---:|---:|---:|\n");
        for (Variant variant : variants) {
            List<Measurement> fn = measurements.get("query/" + variant.name());
            List<Measurement> floor = measurements.get("query-floor/" + variant.name());
            if (fn == null || floor == null) {
                continue;
            }
            double a = Stats.medianWarm(fn);
            double b = Stats.medianWarm(floor);
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |%n",
                    variant.name(), ms(a), ms(b), ms(a - b), a / b));
        }
    }

    private void jarSection(StringBuilder out) {
        out.append("\n## Deployment jars\n\n| jar | MB | entries | SDK services | should not be there |\n|---|---:|---:|---|---|\n");
        for (JarContents jar : jars) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f%s | %d | %s | %s |%n", jar.jar().getFileName(),
                    jar.bytes() / 1e6, jar.bytes() <= GOAL_JAR_BYTES ? "" : " ✗", jar.entries(),
                    String.join(", ", jar.sdkServices()), jar.unwanted().isEmpty() ? "—" : String.join(", ", jar.unwanted())));
        }
        for (JarContents jar : jars) {
            out.append("\nLargest parts of ").append(jar.jar().getFileName()).append(" (compressed MB): ");
            out.append(jar.compressedByLibrary().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / 1e6))
                    .collect(Collectors.joining(", ")));
            out.append('\n');
        }
    }

    private static double ms(double nanos) {
        return Stats.millis(nanos);
    }
}
