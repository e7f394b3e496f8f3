package dev.khabar.bench.coldstart;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A handler in its deployment package, started the way Lambda starts it.
 *
 * @param name      for the report
 * @param classpath the jars Lambda puts on the classpath (a package's lib/ folder, or one shaded jar)
 * @param handler   the handler class
 * @param eventKind {@code stream} (raw event bytes) or {@code http} (API Gateway HTTP API events)
 * @param primed    whether it registers SnapStart priming (the floors do not)
 */
record Function(String name, List<Path> classpath, String handler, String eventKind, boolean primed) {
    String classpathString() {
        return classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
