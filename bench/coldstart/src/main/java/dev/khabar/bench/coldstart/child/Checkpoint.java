package dev.khabar.bench.coldstart.child;

import org.crac.Core;

/**
 * Stands in for a SnapStart checkpoint and restore on a JVM without CRaC: runs every resource registered with the
 * global org.crac context (the functions' priming) as Lambda does before taking the snapshot, then the restore hooks.
 * What the snapshot itself saves (JVM start, class loading of the init phase) shows in the init time, which the
 * bench leaves out of the SnapStart figure.
 */
final class Checkpoint {
    private Checkpoint() {
    }

    static void simulate() throws Exception {
        Core.getGlobalContext().beforeCheckpoint(null);
        Core.getGlobalContext().afterRestore(null);
    }
}
