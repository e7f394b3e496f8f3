package dev.khabar.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.extract.process.Outcome;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;

/** One JSON line per document outcome, in the shape of Lambda's JSON log format (timestamp, level, message). */
final class OutcomeLog {
    private final ObjectMapper json;
    private final PrintStream out;
    private final Clock clock;

    OutcomeLog(ObjectMapper json, PrintStream out, Clock clock) {
        this.json = json;
        this.out = out;
        this.clock = clock;
    }

    void outcome(Outcome outcome, String messageId, long millis) {
        ObjectNode line = line(outcome.result() == Outcome.Result.FAILED ? "WARN" : "INFO", "document " + outcome.result());
        line.put("result", outcome.result().name());
        line.put("docId", outcome.docId());
        line.put("bucket", outcome.bucket());
        line.put("key", outcome.key());
        line.put("eventName", outcome.eventName());
        if (outcome.detail() != null) {
            line.put("detail", outcome.detail());
        }
        if (outcome.result() == Outcome.Result.DONE) {
            line.put("entities", outcome.entities());
            line.put("facts", outcome.facts());
        }
        line.put("messageId", messageId);
        line.put("millis", millis);
        print(line);
    }

    void info(String message, String messageId) {
        ObjectNode line = line("INFO", message);
        line.put("messageId", messageId);
        print(line);
    }

    void error(String message, String messageId, Throwable error) {
        ObjectNode line = line("ERROR", message);
        line.put("messageId", messageId);
        if (error != null) {
            line.put("errorType", error.getClass().getName());
            line.put("errorMessage", String.valueOf(error.getMessage()));
        }
        print(line);
    }

    private ObjectNode line(String level, String message) {
        ObjectNode line = json.createObjectNode();
        line.put("timestamp", Instant.now(clock).toString());
        line.put("level", level);
        line.put("message", message);
        return line;
    }

    private void print(ObjectNode line) {
        out.println(line.toString());
    }
}
