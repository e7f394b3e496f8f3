package dev.khabar.bench.coldstart.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * The global context and a checkpoint that only runs the hooks: before-checkpoint in reverse order of registration,
 * after-restore in order, as CRaC does. The proxies org.crac registers are held strongly here; org.crac itself
 * holds the real resources weakly, as CRaC does.
 */
public final class Core {
    private static final Global GLOBAL = new Global();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        try {
            GLOBAL.beforeCheckpoint(GLOBAL);
        } catch (Exception e) {
            CheckpointException failure = new CheckpointException();
            failure.addSuppressed(e);
            throw failure;
        }
        try {
            GLOBAL.afterRestore(GLOBAL);
        } catch (Exception e) {
            RestoreException failure = new RestoreException();
            failure.addSuppressed(e);
            throw failure;
        }
    }

    private static final class Global extends Context<Resource> {
        private final List<Resource> resources = new ArrayList<>();

        @Override
        public synchronized void register(Resource resource) {
            resources.add(resource);
        }

        @Override
        public synchronized void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
            for (Resource resource : resources.reversed()) {
                resource.beforeCheckpoint(this);
            }
        }

        @Override
        public synchronized void afterRestore(Context<? extends Resource> context) throws Exception {
            for (Resource resource : resources) {
                resource.afterRestore(this);
            }
        }
    }
}
