package dev.khabar.local.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Turns the extract function's JSON log lines into one readable line per document (result, key, counts, time) and
 * keeps a tally of results. Lines that are not document outcomes are shown by level and message.
 */
public final class Progress {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final PrintStream out;
    private final Map<String, LongAdder> results = new ConcurrentHashMap<>();

    public Progress(PrintStream out) {
        this.out = out;
    }

    /** A stream for one handler's log: complete lines are shown as they are written. */
    public PrintStream handlerLog() {
        return new PrintStream(new LineSplitter(), true, StandardCharsets.UTF_8);
    }

    /** Results seen so far (DONE, FAILED, DELETED, STALE…) with their counts. */
    public Map<String, Long> tally() {
        Map<String, Long> tally = new TreeMap<>();
        results.forEach((result, count) -> tally.put(result, count.sum()));
        return tally;
    }

    public void note(String message) {
        show(String.format("%s  %s", LocalTime.now().format(TIME), message));
    }

    void line(String line) {
        JsonNode entry;
        try {
            entry = JSON.readTree(line);
        } catch (IOException notJson) {
            show(line);
            return;
        }
        if (entry == null || !entry.isObject()) {
            show(line);
            return;
        }
        String result = entry.path("result").asText("");
        if (result.isEmpty()) {
            String level = entry.path("level").asText("INFO");
            String error = entry.has("errorType") ? " (" + entry.path("errorType").asText() + ": "
                    + entry.path("errorMessage").asText() + ")" : "";
            note(String.format("%-10s %s%s", level, entry.path("message").asText(line), error));
            return;
        }
        results.computeIfAbsent(result, r -> new LongAdder()).increment();
        String counts = "DONE".equals(result)
                ? String.format("%d entities, %d facts", entry.path("entities").asInt(), entry.path("facts").asInt())
                : entry.path("detail").asText("");
        note(String.format("%-10s %s  %s  %d ms", result, entry.path("key").asText("?"), counts,
                entry.path("millis").asLong()));
    }

    private synchronized void show(String line) {
        out.println(line);
    }

    /** Collects bytes until a newline, then hands the UTF-8 line over. */
    private final class LineSplitter extends OutputStream {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String text = pending.toString(StandardCharsets.UTF_8);
                pending.reset();
                if (!text.isBlank()) {
                    line(text.strip());
                }
            } else {
                pending.write(b);
            }
        }
    }
}
