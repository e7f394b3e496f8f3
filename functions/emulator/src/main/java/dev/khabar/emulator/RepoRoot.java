package dev.khabar.emulator;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of the Khabar checkout: where infra/template.yaml and the shared .venv live. */
public final class RepoRoot {
    private RepoRoot() {}

    /**
     * The system property {@code khabar.root} when set (Surefire sets it), else the nearest directory at or above the
     * working directory that holds {@code infra/template.yaml} and a {@code pom.xml}.
     */
    public static Path find() {
        String configured = System.getProperty("khabar.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("infra/template.yaml")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no Khabar checkout (infra/template.yaml next to pom.xml) at or above " + start
                + "; set the system property khabar.root");
    }
}
