package dev.khabar.extract;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.khabar.core.json.JsonFields;
import dev.khabar.extract.json.JsonValues;
import dev.khabar.extract.process.Outcome;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
        void write(JsonGenerator line) throws IOException;
    }

    void outcome(Outcome outcome, String messageId, long millis) {
        String level = outcome.result() == Outcome.Result.FAILED ? "WARN" : "INFO";
        print(level, "document " + outcome.result(), new OutcomeFields(outcome, messageId, millis));
    }

    /** A class, not a lambda: every document logs this line, the first one on a cold JVM too (no bootstrap to run). */
    private record OutcomeFields(Outcome outcome, String messageId, long millis) implements Fields {
        @Override
        public void write(JsonGenerator line) throws IOException {
            line.writeStringField("result", outcome.result().name());
            line.writeStringField("docId", outcome.docId());
            line.writeStringField("bucket", outcome.bucket());
            line.writeStringField("key", outcome.key());
            line.writeStringField("eventName", outcome.eventName());
            JsonFields.string(line, "detail", outcome.detail());
            if (outcome.result() == Outcome.Result.DONE) {
                line.writeNumberField("entities", outcome.entities());
                line.writeNumberField("facts", outcome.facts());
            }
            line.writeStringField("messageId", messageId);
            line.writeNumberField("millis", millis);
        }
    }

    void info(String message, String messageId) {
        print("INFO", message, line -> line.writeStringField("messageId", messageId));
    }

    void error(String message, String messageId, Throwable error) {
        print("ERROR", message, line -> {
            line.writeStringField("messageId", messageId);
            if (error != null) {
                line.writeStringField("errorType", error.getClass().getName());
                line.writeStringField("errorMessage", String.valueOf(error.getMessage()));
            }
        });
    }

    private void print(String level, String message, Fields fields) {
        StringWriter text = new StringWriter();
        try (JsonGenerator line = JsonValues.FACTORY.createGenerator(text)) {
            line.writeStartObject();
            line.writeStringField("timestamp", Instant.now(clock).toString());
            line.writeStringField("level", level);
            line.writeStringField("message", message);
            fields.write(line);
            line.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(text);
    }
}
