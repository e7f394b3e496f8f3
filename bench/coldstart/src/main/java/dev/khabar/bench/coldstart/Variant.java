package dev.khabar.bench.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One way of starting the function's JVM.
 *
 * @param name  short name for the report
 * @param flags JVM options
 * @param appCds start from an application class-data archive made by a training run of the same jars
 * @param snapStart run the function's registered priming before the first invocation and report the first
 *                  invocation alone, as after a SnapStart restore (the init phase is in the snapshot)
 */
record Variant(String name, List<String> flags, boolean appCds, boolean snapStart) {
    static List<Variant> all(List<String> lambdaFlags) {
        return List.of(
                new Variant("jvm-defaults", List.of(), false, false),
                new Variant("c2+serial", List.of("-XX:+UseSerialGC"), false, false),
                new Variant("lambda", lambdaFlags, false, false),
                new Variant("lambda+appcds", lambdaFlags, true, false),
                new Variant("snapstart", lambdaFlags, false, true));
    }

    /**
     * What Lambda's java21 runtime starts the functions with: its serial collector (and C1 only, its default), then the
     * options the template sets in JAVA_TOOL_OPTIONS, read from infra/template.yaml so that the bench runs what deploys.
     */
    static List<String> lambdaFlags(Path repo) {
        try {
            for (String line : Files.readAllLines(repo.resolve("infra/template.yaml"))) {
                String option = line.strip();
                if (option.startsWith("JAVA_TOOL_OPTIONS:")) {
                    List<String> flags = new ArrayList<>(List.of("-XX:+UseSerialGC"));
                    flags.addAll(List.of(option.substring("JAVA_TOOL_OPTIONS:".length()).strip().split("\\s+")));
                    return List.copyOf(flags);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("infra/template.yaml sets no JAVA_TOOL_OPTIONS");
    }
}
