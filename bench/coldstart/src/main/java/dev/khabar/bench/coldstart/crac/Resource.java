package dev.khabar.bench.coldstart.crac;

/** The hooks org.crac forwards to (its resources are wrapped in proxies of this interface). */
public interface Resource {
    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
