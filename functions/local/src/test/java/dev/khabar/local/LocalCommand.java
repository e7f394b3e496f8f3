package dev.khabar.local;

import static org.junit.jupiter.api.Assertions.fail;

import dev.khabar.emulator.EmulatorEndpoint;
import dev.khabar.emulator.RepoRoot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import software.amazon.awssdk.regions.Region;

/**
 * {@code bin/khabar local} as a user runs it: a child process on free ports, its output collected line by line
 * (and copied to target/), stopped with SIGTERM as Ctrl-C or a service manager would.
 */
final class LocalCommand implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

    private final Process process;
    private final int apiPort;
    private final int emulatorPort;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Thread reader;

    /** A line of output and when it arrived. */
    record Line(String text, long nanos) {}

    private LocalCommand(Process process, int apiPort, int emulatorPort, Path log) {
        this.process = process;
        this.apiPort = apiPort;
        this.emulatorPort = emulatorPort;
        this.reader = Thread.ofPlatform().daemon().name("local-command-output").start(() -> collect(log));
    }

    /** The finished output of a run expected to end by itself (help, bad flags, failed start). */
    record Finished(int exitCode, String output) {}

    static Finished runToEnd(String... args) throws IOException, InterruptedException {
        Path root = RepoRoot.find();
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/khabar").toString(), "local"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("bin/khabar local " + args + " did not end:\n" + output);
        }
        return new Finished(process.exitValue(), output);
    }

    static LocalCommand start(String... extraArgs) {
        Path root = RepoRoot.find();
        int apiPort = freePort();
        int emulatorPort = freePort();
        List<String> command = new ArrayList<>(List.of(root.resolve("bin/khabar").toString(), "local",
                "--port", String.valueOf(apiPort), "--emulator-port", String.valueOf(emulatorPort)));
        command.addAll(List.of(extraArgs));
        try {
            Path log = Files.createDirectories(root.resolve("functions/local/target"))
                    .resolve("local-command-" + apiPort + ".log");
            Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true).start();
            LocalCommand local = new LocalCommand(process, apiPort, emulatorPort, log);
            local.awaitLine(line -> line.startsWith(Banner.READY), READY_TIMEOUT);
            return local;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    URI api() {
        return URI.create("http://127.0.0.1:" + apiPort);
    }

    EmulatorEndpoint emulator() {
        return new EmulatorEndpoint(URI.create("http://127.0.0.1:" + emulatorPort), Region.US_EAST_1);
    }

    int apiPort() {
        return apiPort;
    }

    int emulatorPort() {
        return emulatorPort;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    String bucketName() {
        return bannerValue("bucket");
    }

    /** The value of a banner entry such as {@code queue}. */
    String bannerValue(String name) {
        String prefix = "  " + name + " ";
        return lines.stream().map(Line::text).filter(t -> t.startsWith(prefix)).findFirst()
                .map(t -> t.substring(prefix.length()).strip())
                .orElseThrow(() -> new AssertionError("no '" + name + "' in the banner:\n" + output()));
    }

    Line awaitLine(Predicate<String> wanted, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Line line : lines) {
                if (wanted.test(line.text())) {
                    return line;
                }
            }
            if (!process.isAlive() && !reader.isAlive()) {
                fail("bin/khabar local exited with " + process.exitValue() + " before the expected line:\n" + output());
            }
            sleep(50);
        }
        return fail("no expected line within " + timeout.toSeconds() + " s; output so far:\n" + output());
    }

    /** Waits until {@code condition} holds, checked every 200 ms. */
    void awaitCondition(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive() && !reader.isAlive()) {
                fail("bin/khabar local exited with " + process.exitValue() + ":\n" + output());
            }
            if (System.nanoTime() > deadline) {
                fail("condition not met within " + timeout.toSeconds() + " s; output so far:\n" + output());
            }
            sleep(200);
        }
    }

    /** Sends SIGTERM and waits for the process to end; returns its exit code. */
    int stop() throws InterruptedException {
        // SIGTERM through the handle: Process.destroy() would also close our end of its output, losing the last lines
        process.toHandle().destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            fail("bin/khabar local did not stop within 90 s of SIGTERM:\n" + output());
        }
        reader.join(5000);
        return process.exitValue();
    }

    String output() {
        StringBuilder text = new StringBuilder();
        lines.forEach(line -> text.append(line.text()).append('\n'));
        return text.toString();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    static boolean portIsFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }

    private void collect(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter copy = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(new Line(line, System.nanoTime()));
                copy.println(line);
            }
        } catch (IOException e) {
            lines.add(new Line("(output unreadable: " + e + ")", System.nanoTime()));
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
