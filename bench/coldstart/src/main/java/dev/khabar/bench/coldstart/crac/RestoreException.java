package dev.khabar.bench.coldstart.crac;

/** An after-restore hook failed; the failures are attached as suppressed exceptions. */
public class RestoreException extends Exception {
    public RestoreException() {
        super("an after-restore hook failed");
    }
}
