package dev.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.extract.process.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The log lines, byte for byte: a detail and an error's fields appear only when there is one. */
class OutcomeLogTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final OutcomeLog log = new OutcomeLog(new PrintStream(printed, true, StandardCharsets.UTF_8),
            Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC));

    @Test
    void anOutcomeLineHoldsItsDetailOnlyWhenThereIsOne() {
        log.outcome(new Outcome(Outcome.Result.DONE, "d1", "news", "a/ميتا.txt", "ObjectCreated:Put", null, 3, 2), "m1", 12);
        log.outcome(new Outcome(Outcome.Result.FAILED, null, "news", "b.pdf", "ObjectCreated:Put", "no text \"inside\"",
                0, 0), "m2", 5);
        assertEquals(List.of(
                "{\"timestamp\":\"2025-03-04T05:06:07Z\",\"level\":\"INFO\",\"message\":\"document DONE\",\"result\":\"DONE\","
                        + "\"docId\":\"d1\",\"bucket\":\"news\",\"key\":\"a/ميتا.txt\",\"eventName\":\"ObjectCreated:Put\","
                        + "\"entities\":3,\"facts\":2,\"messageId\":\"m1\",\"millis\":12}",
                "{\"timestamp\":\"2025-03-04T05:06:07Z\",\"level\":\"WARN\",\"message\":\"document FAILED\",\"result\":\"FAILED\","
                        + "\"docId\":null,\"bucket\":\"news\",\"key\":\"b.pdf\",\"eventName\":\"ObjectCreated:Put\","
                        + "\"detail\":\"no text \\\"inside\\\"\",\"messageId\":\"m2\",\"millis\":5}"),
                lines());
    }

    @Test
    void anErrorLineHoldsTheErrorOnlyWhenThereIsOne() {
        log.error("transient failure", "m3", new IllegalStateException("table busy"));
        log.error("no error object", "m4", null);
        assertEquals(List.of(
                "{\"timestamp\":\"2025-03-04T05:06:07Z\",\"level\":\"ERROR\",\"message\":\"transient failure\","
                        + "\"messageId\":\"m3\",\"errorType\":\"java.lang.IllegalStateException\",\"errorMessage\":\"table busy\"}",
                "{\"timestamp\":\"2025-03-04T05:06:07Z\",\"level\":\"ERROR\",\"message\":\"no error object\",\"messageId\":\"m4\"}"),
                lines());
    }

    private List<String> lines() {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
