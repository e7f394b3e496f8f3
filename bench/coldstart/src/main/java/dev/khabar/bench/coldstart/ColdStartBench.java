package dev.khabar.bench.coldstart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.store.TableKeys;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Cold start of each function's deployment jar in a fresh JVM against the moto emulator, next to a floor: a minimal
 * handler on the same JVM and SDK doing only the same I/O. Every variant of JVM flags runs fresh JVMs in turn
 * (function and floor interleaved, so a busy moment of the shared machine hits both); the report gives medians and
 * the ratio function / floor. Run it with bench/coldstart/run, which builds the jars and passes their paths:
 *
 * <pre>--repo DIR --work DIR --runner-jar JAR --extract-package DIR --query-package DIR --floor-extract-jar JAR
 * --floor-query-jar JAR [--runs 5] [--extract-warm 10] [--query-warm 50] [--variants lambda,snapstart,…]
 * [--jvm-flags '-Xlog:class+load:file={dir}/classes.log:uptime …'] [--baseline-extract-package DIR]
 * [--lambda-plus '-XX:…'] (a variant {@code lambda+}: the template's options and these, for {@code --variants lambda,lambda+})</pre>
 *
 * A package folder is what infra/Makefile builds for {@code sam build}: the function's jars in {@code lib/}. A
 * baseline extract package (another build of the function, such as main's) runs as {@code extract-baseline}, interleaved
 * with the others against the same floor, so that two builds are compared on the same moments of a busy machine.
 */
public final class ColdStartBench {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ColdStartBench() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = options.path("work");
        Path repo = options.path("repo");
        List<String> lambdaFlags = Variant.lambdaFlags(repo);
        List<Variant> variants = options.variants(lambdaFlags);
        int runs = options.number("runs", 5);
        int extractWarm = options.number("extract-warm", 10);
        int queryWarm = options.number("query-warm", 50);

        Function extract = new Function("extract", jars(options.path("extract-package")),
                "dev.khabar.extract.ExtractHandler", "stream", true);
        Function baseline = options.has("baseline-extract-package")
                ? new Function("extract-baseline", jars(options.path("baseline-extract-package")),
                        "dev.khabar.extract.ExtractHandler", "stream", true)
                : null;
        int extractRuns = baseline == null ? 1 : 2;
        Function extractFloor = new Function("extract-floor", List.of(options.path("floor-extract-jar")),
                "dev.khabar.bench.coldstart.floor.FloorExtractHandler", "stream", false);
        Function query = new Function("query", jars(options.path("query-package")),
                "dev.khabar.query.QueryHandler", "http", true);
        Function queryFloor = new Function("query-floor", List.of(options.path("floor-query-jar")),
                "dev.khabar.bench.coldstart.floor.FloorQueryHandler", "http", false);

        Report report = new Report(variants, runs);
        report.packages(PackageContents.of("extract", extract.classpath()),
                PackageContents.of("query", query.classpath()));
        try (Fixture fixture = Fixture.start(repo)) {
            fixture.prepareExtractEvents(Files.readAllBytes(seed(repo)),
                    1 + variants.size() * runs * extractRuns * (1 + extractWarm));
            ChildRun child = new ChildRun(Path.of(System.getProperty("java.home"), "bin", "java"),
                    options.path("runner-jar"), fixture.functionEnvironment(), options.words("jvm-flags"));
            Variant training = new Variant("training", lambdaFlags, false, false);

            // training runs: write the class-data archives, and put the seed's facts in the table for the queries
            String trainingEvent = fixture.nextExtractEvent();
            Path trainingEvents = eventDir(work.resolve("events/training"), List.of(trainingEvent));
            for (Function f : List.of(extract, extractFloor)) {
                child.run(f, training, List.of("-XX:ArchiveClassesAtExit=" + archive(work, f)), trainingEvents,
                        work.resolve("runs/training/" + f.name()));
            }
            byte[] seed = Files.readAllBytes(seed(repo));
            String seedDocId = docIdOf(trainingEvent);
            ArticleFootprint footprint;
            try (DynamoDbClient dynamo = fixture.dynamoDb()) {
                footprint = ArticleFootprint.measure(dynamo, fixture.table(), seedDocId, seed);
            }
            report.footprint(footprint);
            String entity = queryEntity(fixture, seedDocId);
            report.entity(entity);
            Path requests = work.resolve("events/query-requests.txt");
            String line = "GET /entities/" + URLEncoder.encode(entity, StandardCharsets.UTF_8).replace("+", "%20") + "/facts";
            Fixture.writeString(requests, String.join("\n", Collections.nCopies(1 + queryWarm, line)) + "\n");
            for (Function f : List.of(query, queryFloor)) {
                child.run(f, training, List.of("-XX:ArchiveClassesAtExit=" + archive(work, f)), requests,
                        work.resolve("runs/training/" + f.name()));
            }

            for (int run = 0; run < runs; run++) {
                for (Variant variant : variants) {
                    List<Function> order = new ArrayList<>(run % 2 == 0
                            ? List.of(extract, extractFloor, query, queryFloor)
                            : List.of(extractFloor, extract, queryFloor, query));
                    if (baseline != null) {
                        order.add(run % 2 == 0 ? 2 : 0, baseline);
                    }
                    // the floor reads the function's objects again (its item is its own); a baseline needs objects
                    // of its own, since the function has already extracted those
                    Path extractEvents = extractEvents(fixture, extractWarm, work.resolve("events/" + variant.name() + "/" + run));
                    Path baselineEvents = baseline == null ? null
                            : extractEvents(fixture, extractWarm, work.resolve("events/" + variant.name() + "/" + run + "-baseline"));
                    for (Function f : order) {
                        List<String> flags = variant.appCds()
                                ? List.of("-XX:SharedArchiveFile=" + archive(work, f)) : List.of();
                        Path in = f.eventKind().equals("http") ? requests : f == baseline ? baselineEvents : extractEvents;
                        Measurement m = child.run(f, variant, flags, in,
                                work.resolve("runs/" + variant.name() + "/" + run + "/" + f.name()));
                        report.add(f.name(), variant, m);
                        System.err.printf("%-14s %-12s run %d: cold %6.0f ms, first invoke %5.0f ms%n", variant.name(),
                                f.name(), run + 1, Stats.millis(m.cold()), Stats.millis(m.firstInvoke()));
                    }
                }
            }
        }
        String text = report.render();
        System.out.println(text);
        Files.writeString(work.resolve("report.md"), text);
        // the cost script (bench/cost) reads durations and the article's footprint from here
        JSON.writerWithDefaultPrettyPrinter().writeValue(work.resolve("measurements.json").toFile(), report.figures());
    }

    /** The document id of the object an SQS-delivered S3 event names. */
    private static String docIdOf(String sqsEvent) throws IOException {
        JsonNode body = JSON.readTree(JSON.readTree(sqsEvent).path("Records").get(0).path("body").asText());
        JsonNode s3 = body.path("Records").get(0).path("s3");
        String key = URLDecoder.decode(s3.path("object").path("key").asText(), StandardCharsets.UTF_8);
        return TableKeys.docId(s3.path("bucket").path("name").asText(), key);
    }

    /** The entity with most facts in the seed as extracted, else (a core finding no facts) a synthetic one. */
    private static String queryEntity(Fixture fixture, String docId) throws IOException {
        String entity = fixture.busiestEntity(docId);
        if (entity != null) {
            return entity;
        }
        try (DynamoDbClient dynamo = fixture.dynamoDb()) {
            return SyntheticFacts.write(dynamo, fixture.table(), fixture.bucket());
        }
    }

    private static Path archive(Path work, Function f) {
        return work.resolve("cds/" + f.name() + ".jsa");
    }

    private static Path extractEvents(Fixture fixture, int warm, Path dir) throws IOException {
        List<String> events = new ArrayList<>();
        for (int i = 0; i <= warm; i++) {
            events.add(fixture.nextExtractEvent());
        }
        return eventDir(dir, events);
    }

    private static Path eventDir(Path dir, List<String> events) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < events.size(); i++) {
            Files.writeString(dir.resolve(String.format("%05d.json", i)), events.get(i));
        }
        return dir;
    }

    /** The jars of a deployment package, as Lambda's Java runtime puts them on the classpath. */
    private static List<Path> jars(Path packageDir) throws IOException {
        try (Stream<Path> files = Files.list(packageDir.resolve("lib"))) {
            List<Path> jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("no jars in " + packageDir.resolve("lib"));
            }
            return jars;
        }
    }

    private static Path seed(Path repo) throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve("seeds"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst()
                    .orElseThrow(() -> new IllegalStateException("no seed article in " + repo.resolve("seeds")));
        }
    }

    /** {@code --name value} pairs. */
    private record Options(Map<String, String> values) {
        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --name value, got " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            return new Options(values);
        }

        boolean has(String name) {
            return values.containsKey(name);
        }

        Path path(String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return Path.of(value).toAbsolutePath();
        }

        /** Space-separated words; {@code {dir}} in them stands for each run's own folder. */
        List<String> words(String name) {
            String value = values.getOrDefault(name, "").strip();
            return value.isEmpty() ? List.of() : List.of(value.split("\\s+"));
        }

        int number(String name, int fallback) {
            return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
        }

        List<Variant> variants(List<String> lambdaFlags) {
            List<Variant> all = new ArrayList<>(Variant.all(lambdaFlags));
            if (values.containsKey("lambda-plus")) {
                // the template's options and more, run by run beside the template's own: a JVM option to weigh
                List<String> flags = new ArrayList<>(lambdaFlags);
                flags.addAll(words("lambda-plus"));
                all.add(new Variant("lambda+", List.copyOf(flags), false, false));
            }
            if (!values.containsKey("variants")) {
                return all;
            }
            List<String> wanted = List.of(values.get("variants").split(","));
            List<Variant> chosen = all.stream().filter(v -> wanted.contains(v.name())).toList();
            if (chosen.size() != wanted.size()) {
                throw new IllegalArgumentException("variants are " + all.stream().map(Variant::name).toList());
            }
            return chosen;
        }
    }
}
