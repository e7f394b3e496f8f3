package dev.khabar.bench.coldstart.child;

/**
 * Stands in for a SnapStart checkpoint and restore: with the system property {@code org.crac.Core.Compat} set to
 * the bench's crac package, org.crac hands the registered resources (the functions' priming) to it, and a
 * checkpoint runs their hooks as Lambda does before taking the snapshot and after restoring it. What the snapshot
 * itself saves (JVM start, the init phase) shows in the init time, which the SnapStart figure leaves out.
 */
final class Checkpoint {
    static final String COMPAT_PROPERTY = "org.crac.Core.Compat";

    private Checkpoint() {
    }

    static void simulate() throws Exception {
        if (!"dev.khabar.bench.coldstart.crac".equals(System.getProperty(COMPAT_PROPERTY))) {
            throw new IllegalStateException("run with -D" + COMPAT_PROPERTY + "=dev.khabar.bench.coldstart.crac");
        }
        org.crac.Core.checkpointRestore();
    }
}
