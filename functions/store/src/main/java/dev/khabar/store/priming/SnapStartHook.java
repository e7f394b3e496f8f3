package dev.khabar.store.priming;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * Runs a function's priming when Lambda is about to take its SnapStart snapshot. Without SnapStart (or on a JVM
 * without CRaC) the registration is all that happens. A failed priming is logged and the snapshot goes ahead:
 * priming only saves time after a restore; a snapshot without it still serves correctly.
 */
public final class SnapStartHook implements Resource {
    /** One in-memory run through the function's real code; what it returns is of use to tests only. */
    @FunctionalInterface
    public interface Priming {
        Object run() throws Exception;
    }

    /** The global context holds resources weakly: these references keep the registered ones alive. */
    private static final List<SnapStartHook> REGISTERED = new CopyOnWriteArrayList<>();

    private final Priming priming;

    private SnapStartHook(Priming priming) {
        this.priming = priming;
    }

    /** Called from a handler's static initializer: once per container. */
    public static void register(Priming priming) {
        SnapStartHook hook = new SnapStartHook(priming);
        REGISTERED.add(hook);
        Core.getGlobalContext().register(hook);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        try {
            priming.run();
        } catch (Exception e) {
            System.err.println("{\"level\":\"WARN\",\"message\":\"SnapStart priming failed: "
                    + e.toString().replace("\"", "'") + "\"}");
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // the real clients were built in the init phase and take their credentials from the restored container
    }
}
