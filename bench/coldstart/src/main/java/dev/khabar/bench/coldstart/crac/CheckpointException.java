package dev.khabar.bench.coldstart.crac;

/** A before-checkpoint hook failed; the failures are attached as suppressed exceptions. */
public class CheckpointException extends Exception {
    public CheckpointException() {
        super("a before-checkpoint hook failed");
    }
}
