package dev.khabar.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractConfigTest {
    @Test
    void readsTheEnvironmentWithDefaults() {
        ExtractConfig config = ExtractConfig.fromEnv(Map.of("TABLE_NAME", "khabar"));
        assertEquals("khabar", config.tableName());
        assertEquals(ExtractConfig.DEFAULT_MAX_OBJECT_BYTES, config.maxObjectBytes());
        assertEquals(Duration.ofSeconds(ExtractConfig.DEFAULT_LEASE_SECONDS), config.lease());
        assertEquals(1000, ExtractConfig.fromEnv(Map.of("TABLE_NAME", "t", "MAX_OBJECT_BYTES", " 1000 "))
                .maxObjectBytes());
    }

    @Test
    void badSettingsNameTheSetting() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ExtractConfig.fromEnv(Map.of()))
                .getMessage().contains("TABLE_NAME"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ExtractConfig.fromEnv(Map.of("TABLE_NAME", "t", "MAX_OBJECT_BYTES", "5MB")))
                .getMessage().contains("MAX_OBJECT_BYTES"));
    }
}
