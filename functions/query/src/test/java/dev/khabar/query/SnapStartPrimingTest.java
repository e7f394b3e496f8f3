package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Priming answers every route from the facts it wrote in memory: a 404 or 500 here means the first real request
 * after a restore would still take the cold path through fact decoding and the views.
 */
class SnapStartPrimingTest {
    @Test
    void everyPrimedRouteFindsThePrimingFacts() {
        assertEquals(List.of(200, 200, 200, 200, 200), SnapStartPriming.prime());
    }
}
