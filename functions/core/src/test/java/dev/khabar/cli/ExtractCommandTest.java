package dev.khabar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.model.FactsDocument;
import dev.khabar.core.model.FactsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ExtractCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheFactsDocumentWithIdAndHeadline() throws IOException {
        Path file = dir.resolve("story-7.txt");
        Files.writeString(file, "Acme Buys Orbit\n\nAcme Robotics acquired Orbit Data for $10 million.\n");
        assertEquals(0, run("--published", "2024-02-03", file.toString()));
        FactsDocument doc = FactsJson.read(out.toString(StandardCharsets.UTF_8));
        assertEquals("story-7", doc.document().id());
        assertEquals("Acme Buys Orbit", doc.document().title());
        assertEquals("2024-02-03", doc.document().publishedDate());
        assertEquals("en", doc.document().language());
        assertEquals(1, doc.facts().size());
    }

    @Test
    void noHeadlineWhenTheFirstLineIsASentence() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "أعلنت شركة ميتا عن نتائجها.\n\nوقالت إن الأرباح ارتفعت.");
        assertEquals(0, run(file.toString()));
        FactsDocument doc = FactsJson.read(out.toString(StandardCharsets.UTF_8));
        assertEquals(null, doc.document().title());
        assertEquals(null, doc.document().publishedDate());
    }

    @Test
    void missingFileFailsWithOneLine() {
        assertEquals(1, run(dir.resolve("nope.txt").toString()));
        assertTrue(errText().startsWith("khabar extract: cannot read"));
        assertEquals(1, errText().strip().lines().count());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badPublishedDateFails() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "text");
        assertEquals(2, run("--published", "2024-13-01", file.toString()));
        assertTrue(errText().contains("not a date"));
    }

    @Test
    void notUtf8Fails() throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {(byte) 0xC9, 't', (byte) 0xE9});
        assertEquals(1, run(file.toString()));
        assertTrue(errText().contains("not UTF-8"));
    }

    @Test
    void noFileIsAUsageError() {
        assertEquals(2, run());
        assertTrue(errText().contains("usage"));
    }
}
