package dev.khabar.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The founding article of the project (seeds/), published 2025-08-30. */
class SeedArticleTest {
    private static Extracted seed;

    @BeforeAll
    static void extract() throws IOException {
        Path root = Path.of(System.getProperty("khabar.root", "../.."));
        String text = Files.readString(root.resolve("seeds/000_acbe007552a08bad.txt"), StandardCharsets.UTF_8);
        seed = Extracted.of(text, "2025-08-30");
    }

    @Test
    void metaInvestedInScaleAi() {
        Fact f = seed.requireFact(FactType.INVESTMENT, "Meta", "Scale AI");
        assertEquals(0, new BigDecimal("14300000000").compareTo(f.amount().value()));
        assertEquals("USD", f.amount().currency());
        assertEquals("2025-06", f.date().value());
    }

    @Test
    void scaleAiLaidOff200InJuly() {
        Fact f = seed.requireFact(FactType.LAYOFF, "Scale AI", null);
        assertEquals(200, f.count());
        assertEquals("2025-07", f.date().value());
    }

    @Test
    void scaleAiWonAMilitaryContract() {
        Fact f = seed.requireFact(FactType.CONTRACT, "Scale AI", "US military");
        assertEquals(0, new BigDecimal("99000000").compareTo(f.amount().value()));
        assertEquals("USD", f.amount().currency());
    }

    @Test
    void scaleAiLostContractsWithOpenAiAndGoogle() {
        assertEquals("ended", seed.requireFact(FactType.CONTRACT, "Scale AI", "OpenAI").status());
        assertEquals("ended", seed.requireFact(FactType.CONTRACT, "Scale AI", "Google").status());
    }

    @Test
    void metaAcquiredTwoVoiceStartups() {
        seed.requireFact(FactType.ACQUISITION, "Meta", "Play AI");
        seed.requireFact(FactType.ACQUISITION, "Meta", "WaveForms AI");
    }

    @Test
    void evidenceOffsetsPointIntoTheText() throws IOException {
        Path root = Path.of(System.getProperty("khabar.root", "../.."));
        String text = Files.readString(root.resolve("seeds/000_acbe007552a08bad.txt"), StandardCharsets.UTF_8);
        for (Fact f : seed.document().facts()) {
            assertEquals(f.evidence().text(), text.substring(f.evidence().start(), f.evidence().end()));
        }
    }
}
