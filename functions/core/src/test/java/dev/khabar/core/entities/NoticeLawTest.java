package dev.khabar.core.entities;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.core.Extracted;
import dev.khabar.core.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The US layoff-notice law (WARN) that layoff stories cite is no organization; the employer beside it still is. */
class NoticeLawTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Brenwick filed a WARN notice saying 120 workers will be laid off.|Brenwick",
            "Under the Worker Adjustment and Retraining Notification Act, Velmora must warn staff.|Velmora",
            "According to the Worker Adjustment and Retraining Notification, or WARN, letter, Corvik will close its plant.|Corvik"})
    void theNoticeLawIsNoOrganization(String text, String employer) {
        Extracted x = Extracted.of(text, "2025-01-01");
        assertTrue(x.entity(employer).isPresent(), x.names());
        assertTrue(x.document().entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION
                && (e.name().contains("WARN") || e.name().contains("Worker") || e.name().contains("Notification"))), x.names());
    }
}
