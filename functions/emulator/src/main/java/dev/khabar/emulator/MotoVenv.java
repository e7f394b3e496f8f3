package dev.khabar.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Python virtual environment at {@code <repo root>/.venv/moto} holding the pinned moto server. Created on first
 * use; a lock file serializes creation between JVMs (two Maven forks may start at once), and a marker file named
 * after the pinned requirements says the install finished, so a half-made or outdated venv is rebuilt rather than used.
 */
final class MotoVenv {
    private static final Object IN_PROCESS_LOCK = new Object();
    private static final long INSTALL_TIMEOUT_MINUTES = 15;

    private final Path dir;
    private final List<String> requirements;

    private MotoVenv(Path dir, List<String> requirements) {
        this.dir = dir;
        this.requirements = requirements;
    }

    static MotoVenv at(Path repoRoot) {
        return new MotoVenv(repoRoot.resolve(".venv").resolve("moto"), pinnedRequirements());
    }

    Path dir() {
        return dir;
    }

    Path python() {
        return dir.resolve("bin").resolve("python");
    }

    /** Makes sure the venv exists with the pinned moto installed; returns this. */
    MotoVenv ensureInstalled() {
        Path marker = dir.resolve(".installed-" + Integer.toHexString(String.join(" ", requirements).hashCode()));
        if (Files.isRegularFile(marker)) {
            return this;
        }
        synchronized (IN_PROCESS_LOCK) {
            try {
                Files.createDirectories(dir.getParent());
                Path lockFile = dir.getParent().resolve("moto.lock");
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    if (!Files.isRegularFile(marker)) {
                        install(marker);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the moto venv at " + dir, e);
            }
        }
        return this;
    }

    private void install(Path marker) throws IOException {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Path log = dir.resolve("install.log");
        run(List.of(pythonLauncher(), "-m", "venv", dir.toString()), log);
        List<String> pip = new ArrayList<>(List.of(python().toString(), "-m", "pip", "install", "--disable-pip-version-check", "--quiet"));
        pip.addAll(requirements);
        run(pip, log);
        Files.writeString(marker, String.join("\n", requirements) + "\n");
    }

    /** The interpreter that creates the venv: system property khabar.python, env KHABAR_PYTHON, else python3. */
    private static String pythonLauncher() {
        String configured = System.getProperty("khabar.python", System.getenv("KHABAR_PYTHON"));
        return configured == null || configured.isBlank() ? "python3" : configured;
    }

    private static void run(List<String> command, Path log) throws IOException {
        Files.writeString(log, "$ " + String.join(" ", command) + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .start();
        } catch (IOException e) {
            throw new IOException("cannot run " + command.getFirst() + " (is Python 3 with venv installed?"
                    + " set khabar.python or KHABAR_PYTHON to choose one)", e);
        }
        try {
            if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("timed out after " + INSTALL_TIMEOUT_MINUTES + " min: " + String.join(" ", command)
                        + "\n" + Logs.tail(log));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted: " + String.join(" ", command), e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("failed (exit " + process.exitValue() + "): " + String.join(" ", command) + "\n" + Logs.tail(log));
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = new ArrayList<>(walk.sorted(Comparator.reverseOrder()).toList());
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }

    private static List<String> pinnedRequirements() {
        try (InputStream in = MotoVenv.class.getResourceAsStream("emulator.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return List.of(properties.getProperty("moto.requirements").trim().split("\\s+"));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("emulator.properties with moto.requirements is missing from the khabar-emulator jar", e);
        }
    }
}
