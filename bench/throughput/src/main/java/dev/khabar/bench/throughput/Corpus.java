package dev.khabar.bench.throughput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A language's bundled texts (the seed joins the Arabic ones when present). */
record Corpus(String language, List<String> texts) {
    static List<Corpus> bundled(Path seed) throws IOException {
        List<String> arabic = new ArrayList<>(List.of(resource("ar-deals.txt")));
        if (Files.exists(seed)) {
            arabic.add(Files.readString(seed, StandardCharsets.UTF_8));
        }
        return List.of(new Corpus("ar", arabic), new Corpus("en", List.of(resource("en-deals.txt"))));
    }

    /** The texts repeated, each a document of its own, until about {@code bytes} bytes. */
    List<String> repeated(long bytes) {
        List<String> out = new ArrayList<>();
        long total = 0;
        while (total < bytes) {
            for (String t : texts) {
                out.add(t);
                total += t.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return out;
    }

    static long bytes(List<String> docs) {
        long total = 0;
        for (String d : docs) {
            total += d.getBytes(StandardCharsets.UTF_8).length;
        }
        return total;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Corpus.class.getResourceAsStream("/texts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
