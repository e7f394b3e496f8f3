package dev.khabar.bench.coldstart;

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
    /** What Lambda's java21 runtime runs with: C1 only and the serial collector (its defaults, set again by the template). */
    static final List<String> LAMBDA_FLAGS = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    static List<Variant> all() {
        return List.of(
                new Variant("jvm-defaults", List.of(), false, false),
                new Variant("c2+serial", List.of("-XX:+UseSerialGC"), false, false),
                new Variant("lambda", LAMBDA_FLAGS, false, false),
                new Variant("lambda+appcds", LAMBDA_FLAGS, true, false),
                new Variant("snapstart", LAMBDA_FLAGS, false, true));
    }
}
