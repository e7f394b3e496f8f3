package dev.khabar.local;

import dev.khabar.emulator.RepoRoot;
import java.util.List;
import sun.misc.Signal;

/** {@code bin/khabar local}: the whole service on this machine until Ctrl-C. See {@link LocalOptions#HELP}. */
public final class LocalMain {
    private LocalMain() {}

    public static void main(String[] args) throws InterruptedException {
        LocalOptions options;
        try {
            options = LocalOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("khabar local: " + e.getMessage() + "\nRun 'bin/khabar local --help' for the options.");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LocalOptions.HELP);
            return;
        }
        LocalRun run = new LocalRun(options, RepoRoot.find(), System.out);
        // Handled here rather than in a shutdown hook: hooks run concurrently, and the emulator's own hook would
        // stop the server while the consumers still acknowledge their last batch.
        for (String signal : List.of("INT", "TERM")) {
            Signal.handle(new Signal(signal), s -> Thread.ofPlatform().name("stop").start(() -> {
                run.stop();
                System.exit(0);
            }));
        }
        try {
            run.start();
        } catch (RuntimeException e) {
            System.err.println("khabar local: " + e.getMessage());
            run.stop();
            System.exit(1);
        }
        run.awaitStop();
    }
}
