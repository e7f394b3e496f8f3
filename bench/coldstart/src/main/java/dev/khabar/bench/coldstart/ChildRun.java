package dev.khabar.bench.coldstart;

import dev.khabar.bench.coldstart.child.Runner;
import dev.khabar.bench.coldstart.crac.Core;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Starts one fresh JVM on a function's jar (plus the bench runner), waits for it and reads what it measured. */
final class ChildRun {
    private static final long TIMEOUT_SECONDS = 180;

    private final Path java;
    private final Path runnerJar;
    private final Map<String, String> environment;
    private final List<String> commonFlags;

    /** @param commonFlags JVM options for every run, after the variant's (diagnostics such as class-load logs) */
    ChildRun(Path java, Path runnerJar, Map<String, String> environment, List<String> commonFlags) {
        this.java = java;
        this.runnerJar = runnerJar;
        this.environment = environment;
        this.commonFlags = commonFlags;
    }

    /**
     * @param events      a directory of event files (stream handlers) or a file of request lines (http)
     * @param extraFlags  flags beyond the variant's (a class-data archive to use or to write)
     * @param dir         where the run's results and output go
     */
    Measurement run(Function function, Variant variant, List<String> extraFlags, Path events, Path dir)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path results = dir.resolve("results.properties");
        Files.deleteIfExists(results);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(variant.flags());
        command.addAll(extraFlags);
        for (String flag : commonFlags) {
            command.add(flag.replace("{dir}", dir.toString()));
        }
        if (variant.snapStart() && function.primed()) {
            command.add("-Dorg.crac.Core.Compat=" + Core.class.getPackageName());
        }
        command.addAll(List.of("-cp", function.classpathString() + File.pathSeparator + runnerJar,
                Runner.class.getName(), function.handler(), function.eventKind(), events.toString(), results.toString()));
        if (variant.snapStart() && function.primed()) {
            command.add("prime");
        }
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("output.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AWS_") || name.startsWith("JAVA_")
                || name.startsWith("JDK_") || name.equals("_JAVA_OPTIONS"));
        builder.environment().putAll(environment);
        // as Lambda sets it: the functions do in init what a SnapStart init leaves to the priming
        builder.environment().put("AWS_LAMBDA_INITIALIZATION_TYPE", variant.snapStart() ? "snap-start" : "on-demand");
        long spawn = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(function.name() + " did not finish within " + TIMEOUT_SECONDS + " s; see "
                    + dir.resolve("output.log"));
        }
        if (!Files.isRegularFile(results)) {
            throw new IllegalStateException(function.name() + " exited with " + process.exitValue()
                    + " without results; see " + dir.resolve("output.log"));
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(results)) {
            p.load(reader);
        }
        if (!"true".equals(p.getProperty("ok"))) {
            throw new IllegalStateException(function.name() + " (" + variant.name() + ") failed: "
                    + p.getProperty("failure") + "; see " + dir.resolve("output.log"));
        }
        String warm = p.getProperty("warmNanos", "");
        return new Measurement(
                nanos(p, "main") - spawn,
                nanos(p, "init") - nanos(p, "main"),
                nanos(p, "ready") - nanos(p, "init"),
                nanos(p, "first") - nanos(p, "firstStart"),
                nanos(p, "first") - spawn,
                nanos(p, "cpuToFirst"),
                warm.isEmpty() ? new long[0] : Arrays.stream(warm.split(",")).mapToLong(Long::parseLong).toArray(),
                Long.parseLong(p.getProperty("peakRssKb")));
    }

    private static long nanos(Properties p, String name) {
        return Long.parseLong(p.getProperty(name));
    }
}
