package dev.khabar.bench.coldstart.crac;

/** A group of resources notified together; org.crac only needs {@link #register}. */
public abstract class Context<R extends Resource> implements Resource {
    public abstract void register(R resource);
}
