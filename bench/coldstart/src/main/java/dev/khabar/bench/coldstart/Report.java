package dev.khabar.bench.coldstart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/** Collects the runs and renders medians and ratios as Markdown. */
final class Report {
    private static final double GOAL_RATIO = 1.3;
    private static final long GOAL_PACKAGE_BYTES = 15L * 1000 * 1000;

    private final List<Variant> variants;
    private final int runs;
    private final Map<String, List<Measurement>> measurements = new LinkedHashMap<>();
    private final List<PackageContents> packages = new ArrayList<>();
    private String entity;
    private ArticleFootprint footprint;

    Report(List<Variant> variants, int runs) {
        this.variants = variants;
        this.runs = runs;
    }

    void packages(PackageContents... contents) {
        packages.addAll(List.of(contents));
    }

    void entity(String key) {
        this.entity = key;
    }

    void footprint(ArticleFootprint footprint) {
        this.footprint = footprint;
    }

    /**
     * The figures the cost script needs, from the variant Lambda runs ({@code lambda}, else the first measured):
     * medians in milliseconds, peak memory, and the seed article's footprint in the table.
     */
    Map<String, Object> figures() {
        Variant lambda = variants.stream().filter(v -> v.name().equals("lambda")).findFirst().orElse(variants.getFirst());
        Variant snapStart = variants.stream().filter(Variant::snapStart).findFirst().orElse(null);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("variant", lambda.name());
        figures.put("runs", runs);
        for (String function : List.of("extract", "query")) {
            List<Measurement> m = measurements.get(function + "/" + lambda.name());
            List<Measurement> floor = measurements.get(function + "-floor/" + lambda.name());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("warmMillis", ms(Stats.medianWarm(m)));
            f.put("floorWarmMillis", ms(Stats.medianWarm(floor)));
            f.put("coldMillis", ms(Stats.median(m, Measurement::cold)));
            f.put("initMillis", ms(Stats.median(m, Measurement::init)));
            f.put("firstInvokeMillis", ms(Stats.median(m, Measurement::firstInvoke)));
            if (snapStart != null) {
                f.put("snapStartFirstInvokeMillis",
                        ms(Stats.median(measurements.get(function + "/" + snapStart.name()), Measurement::firstInvoke)));
            }
            f.put("peakRssMb", Stats.median(m, Measurement::peakRssKb) / 1024);
            figures.put(function, f);
        }
        figures.put("article", footprint);
        return figures;
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
        out.append("Ratio per run: each fresh JVM of the function over the floor's of the same run (interleaved), lowest,"
                + " median and highest. CPU: the process's CPU time (all threads) to the first answer, medians.\n\n");
        out.append("| function | variant | function | floor | ratio | ratio per run | CPU ms (fn / floor = ratio) | JVM start"
                + " | init | priming | first invoke (fn / floor) | warm (fn / floor) | peak RSS MB (fn / floor) |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String function : List.of("extract", "extract-baseline", "query")) {
            for (Variant variant : variants) {
                List<Measurement> fn = measurements.get(function + "/" + variant.name());
                List<Measurement> floor = measurements.get(function.replace("-baseline", "") + "-floor/" + variant.name());
                if (fn == null || floor == null) {
                    continue;
                }
                double coldFn = variant.snapStart() ? Stats.median(fn, Measurement::firstInvoke) : Stats.median(fn, Measurement::cold);
                double coldFloor = variant.snapStart() ? Stats.median(floor, Measurement::firstInvoke) : Stats.median(floor, Measurement::cold);
                double ratio = coldFn / coldFloor;
                ToLongFunction<Measurement> coldOf = variant.snapStart() ? Measurement::firstInvoke : Measurement::cold;
                double[] perRun = new double[Math.min(fn.size(), floor.size())];
                for (int i = 0; i < perRun.length; i++) {
                    perRun[i] = (double) coldOf.applyAsLong(fn.get(i)) / coldOf.applyAsLong(floor.get(i));
                }
                Arrays.sort(perRun);
                int n = perRun.length;
                double perRunMedian = n % 2 == 1 ? perRun[n / 2] : (perRun[n / 2 - 1] + perRun[n / 2]) / 2;
                double cpuFn = Stats.median(fn, Measurement::cpuToFirst);
                double cpuFloor = Stats.median(floor, Measurement::cpuToFirst);
                out.append(String.format(Locale.ROOT,
                        "| %s | %s | %.0f | %.0f | %.2f%s | %.2f–%.2f–%.2f | %.0f / %.0f = %.2f | %.0f | %.0f | %.0f | %.0f / %.0f"
                                + " | %.1f / %.1f | %.0f / %.0f |%n",
                        function, variant.name(), ms(coldFn), ms(coldFloor), ratio, ratio <= GOAL_RATIO ? "" : " ✗",
                        perRun[0], perRunMedian, perRun[n - 1],
                        ms(cpuFn), ms(cpuFloor), cpuFn / cpuFloor,
                        ms(Stats.median(fn, Measurement::jvmStart)), ms(Stats.median(fn, Measurement::init)),
                        ms(Stats.median(fn, Measurement::priming)),
                        ms(Stats.median(fn, Measurement::firstInvoke)), ms(Stats.median(floor, Measurement::firstInvoke)),
                        ms(Stats.medianWarm(fn)), ms(Stats.medianWarm(floor)),
                        Stats.median(fn, Measurement::peakRssKb) / 1024, Stats.median(floor, Measurement::peakRssKb) / 1024));
            }
        }
        out.append(String.format(Locale.ROOT, "%nGoal: ratio ≤ %.1f (✗ marks a miss).%n", GOAL_RATIO));
        if (footprint != null) {
            out.append(String.format(Locale.ROOT, "%nSeed article: %d characters → %d entities, %d facts; %d items"
                            + " owned besides the document item (%d in GSI1), %d bytes in all, and %d shared alias"
                            + " items; document item %d bytes; writing it costs %d write units (+ %d for GSI1) in %d"
                            + " requests when its entities are new, %d (+ %d) when they are known, and %.1f read"
                            + " units; storing it %d bytes (%d of them alias items)%n",
                    footprint.sourceCharacters(), footprint.entities(), footprint.facts(), footprint.itemBytes().size(),
                    footprint.indexed().stream().filter(b -> b).count(),
                    footprint.itemBytes().stream().mapToInt(Integer::intValue).sum(), footprint.aliasItems(),
                    footprint.documentItemBytes(), footprint.writeUnits(), footprint.indexWriteUnits(),
                    footprint.writeRequests(), footprint.knownWriteUnits(), footprint.knownIndexWriteUnits(),
                    footprint.readUnits(), footprint.storedBytes(), footprint.aliasStoredBytes()));
        }
        queryOverhead(out);
        packageSection(out);
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

    private void packageSection(StringBuilder out) {
        out.append("\n## Deployment packages (as infra/Makefile builds them for `sam build`)\n\n");
        out.append("| function | MB | jars | SDK services | classes twice | should not be there |\n|---|---:|---:|---|---:|---|\n");
        for (PackageContents p : packages) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f%s | %d | %s | %d | %s |%n", p.name(), p.bytes() / 1e6,
                    p.bytes() <= GOAL_PACKAGE_BYTES ? "" : " ✗", p.jarBytes().size(), String.join(", ", p.sdkServices()),
                    p.duplicateClasses(), p.unwanted().isEmpty() ? "—" : String.join(", ", p.unwanted())));
        }
        out.append(String.format(Locale.ROOT, "%nGoal: ≤ %.0f MB per function (✗ marks a miss).%n", GOAL_PACKAGE_BYTES / 1e6));
        for (PackageContents p : packages) {
            out.append("\nLargest jars of ").append(p.name()).append(" (MB): ");
            out.append(p.jarBytes().entrySet().stream().limit(10)
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / 1e6))
                    .collect(Collectors.joining(", ")));
            out.append('\n');
        }
    }

    private static double ms(double nanos) {
        return Stats.millis(nanos);
    }
}
