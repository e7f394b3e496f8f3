package dev.khabar.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Asserts a decode is refused with the expected code and a reason a person can read. */
final class Rejections {
    private Rejections() {
    }

    static DocumentRejectedException expect(RejectionCode code, Decode decode) {
        DocumentRejectedException e = assertThrows(DocumentRejectedException.class, decode::run);
        assertEquals(code, e.code(), () -> "reason was: " + e.reason());
        assertFalse(e.reason() == null || e.reason().isBlank(), "a rejection must say why");
        return e;
    }

    @FunctionalInterface
    interface Decode {
        void run() throws Exception;
    }
}
