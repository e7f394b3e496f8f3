package dev.khabar.bench.coldstart;

import java.nio.file.Path;

/**
 * A handler in its deployment jar, started the way Lambda starts it.
 *
 * @param name      for the report
 * @param jar       the shaded jar Lambda would load
 * @param handler   the handler class
 * @param eventKind {@code stream} (raw event bytes) or {@code http} (API Gateway HTTP API events)
 * @param primed    whether it registers SnapStart priming (the floors do not)
 */
record Function(String name, Path jar, String handler, String eventKind, boolean primed) {
}
