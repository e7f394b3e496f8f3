package dev.khabar.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A moto server on 127.0.0.1 at a free port, run from the venv at {@code <repo root>/.venv/moto} (created on first
 * use). Through {@code moto_launcher.py} its S3 event notifications carry the fields S3 sends (sequencer, versionId…).
 * Closing it, or the JVM exiting, stops the server and every process it started.
 */
public final class MotoServer implements AutoCloseable {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final int START_ATTEMPTS = 3;
    private static final String LAUNCHER = "moto_launcher.py";

    private final Process process;
    private final URI endpoint;
    private final Path log;
    private final Thread shutdownHook;

    private MotoServer(Process process, URI endpoint, Path log) {
        this.process = process;
        this.endpoint = endpoint;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, "moto-server-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a server for the checkout found by {@link RepoRoot#find()}. */
    public static MotoServer start() {
        return start(RepoRoot.find());
    }

    public static MotoServer start(Path repoRoot) {
        return start(repoRoot, 0);
    }

    /**
     * Starts a server on 127.0.0.1:{@code port}, or on a free port when {@code port} is 0. A fixed port that is
     * taken is reported as such (another emulator may be running there), not retried elsewhere.
     */
    public static MotoServer start(Path repoRoot, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, not " + port);
        }
        if (port != 0 && !isFree(port)) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use (is another emulator running there?)");
        }
        MotoVenv venv = MotoVenv.at(repoRoot).ensureInstalled();
        Path launcher = installLauncher(venv);
        if (port != 0) {
            return startOnce(venv, launcher, port);
        }
        IllegalStateException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(venv, launcher, freePort());
            } catch (IllegalStateException e) {
                // the free port may have been taken between probing and binding; another port usually works
                lastFailure = e;
            }
        }
        throw lastFailure;
    }

    /** The URL SDK clients use as endpoint override, e.g. {@code http://127.0.0.1:43121}. */
    public URI endpoint() {
        return endpoint;
    }

    /** The server's own log (requests and errors). */
    public Path log() {
        return log;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing left to unregister
        }
    }

    private void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static MotoServer startOnce(MotoVenv venv, Path launcher, int port) {
        Path log;
        Process process;
        try {
            Path logDir = Files.createDirectories(venv.dir().resolve("log"));
            log = logDir.resolve("moto-" + ProcessHandle.current().pid() + "-" + port + ".log");
            process = new ProcessBuilder(venv.python().toString(), launcher.toString(), "-H", "127.0.0.1", "-p", String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the moto server from " + venv.dir(), e);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the moto server exited with code " + process.exitValue()
                        + " while starting\n" + Logs.tail(log));
            }
            if (answers(endpoint)) {
                return new MotoServer(process, endpoint, log);
            }
            sleep(100);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the moto server did not answer on " + endpoint + " within "
                + STARTUP_TIMEOUT.toSeconds() + " s\n" + Logs.tail(log));
    }

    private static boolean answers(URI endpoint) {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.resolve("/moto-api/").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() > 0;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Copies the launcher out of the jar; written via a temporary file so two JVMs never see a half-written one. */
    private static Path installLauncher(MotoVenv venv) {
        Path target = venv.dir().resolve(LAUNCHER);
        try (InputStream in = MotoServer.class.getResourceAsStream(LAUNCHER)) {
            if (in == null) {
                throw new IllegalStateException(LAUNCHER + " is missing from the khabar-emulator jar");
            }
            Path temporary = Files.createTempFile(venv.dir(), "launcher", ".tmp");
            Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the moto server", e);
        }
    }
}
