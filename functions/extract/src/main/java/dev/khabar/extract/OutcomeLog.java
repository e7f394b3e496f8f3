package dev.khabar.extract;

import dev.khabar.core.json.JsonFields;
import dev.khabar.core.json.JsonText;
import dev.khabar.extract.process.Outcome;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;

/** One JSON line per document outcome, in the shape of Lambda's JSON log format (timestamp, level, message). */
final class OutcomeLog {
    private final PrintStream out;
    private final Clock clock;

    OutcomeLog(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    /** The fields of one line after timestamp, level and message. */
    private interface Fields {
        void write(JsonText line);
    }

    void outcome(Outcome outcome, String messageId, long millis) {
        String level = outcome.result() == Outcome.Result.FAILED ? "WARN" : "INFO";
        print(level, "document " + outcome.result(), new OutcomeFields(outcome, messageId, millis));
    }

    /** A class, not a lambda: every document logs this line, the first one on a cold JVM too (no bootstrap to run). */
    private record OutcomeFields(Outcome outcome, String messageId, long millis) implements Fields {
        @Override
        public void write(JsonText line) {
            line.field("result", outcome.result().name())
                    .field("docId", outcome.docId())
                    .field("bucket", outcome.bucket())
                    .field("key", outcome.key())
                    .field("eventName", outcome.eventName());
            JsonFields.string(line, "detail", outcome.detail());
            if (outcome.result() == Outcome.Result.DONE) {
                line.field("entities", outcome.entities()).field("facts", outcome.facts());
            }
            line.field("messageId", messageId).field("millis", millis);
        }
    }

    void info(String message, String messageId) {
        print("INFO", message, line -> line.field("messageId", messageId));
    }

    void error(String message, String messageId, Throwable error) {
        print("ERROR", message, line -> {
            line.field("messageId", messageId);
            if (error != null) {
                line.field("errorType", error.getClass().getName())
                        .field("errorMessage", String.valueOf(error.getMessage()));
            }
        });
    }

    private void print(String level, String message, Fields fields) {
        JsonText line = new JsonText().startObject()
                .field("timestamp", Instant.now(clock).toString())
                .field("level", level)
                .field("message", message);
        fields.write(line);
        out.println(line.endObject().toString());
    }
}
