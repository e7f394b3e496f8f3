package dev.khabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalOptionsTest {
    @Test
    void defaults() {
        LocalOptions options = LocalOptions.parse(List.of());
        assertEquals(3000, options.apiPort());
        assertEquals(4566, options.emulatorPort());
        assertEquals("khabar-local", options.bucket());
        assertTrue(options.startsMoto());
        assertFalse(options.attaches());
        assertTrue(options.seeds());
        assertNull(options.region());
    }

    @Test
    void everyFlag() {
        LocalOptions options = LocalOptions.parse(List.of("--port", "0", "--emulator-port", "4567", "--endpoint",
                "http://localhost:4566", "--region", "eu-west-1", "--bucket", "b", "--prefix", "p", "--queue-url",
                "http://localhost:4566/000000000000/q", "--table", "t", "--consumers", "3", "--no-seeds"));
        assertEquals(0, options.apiPort());
        assertEquals(4567, options.emulatorPort());
        assertEquals(URI.create("http://localhost:4566"), options.endpoint());
        assertFalse(options.startsMoto());
        assertEquals("eu-west-1", options.region());
        assertEquals("b", options.bucket());
        assertEquals("p", options.prefix());
        assertTrue(options.attaches());
        assertEquals("t", options.table());
        assertEquals(3, options.consumers());
        assertFalse(options.seeds());
    }

    @Test
    void realAwsCreatesNothingSoTheResourcesMustBeNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> LocalOptions.parse(List.of("--endpoint", "aws")));
        assertTrue(error.getMessage().contains("--queue-url"), error.getMessage());
        LocalOptions options = LocalOptions.parse(List.of("--endpoint", "aws", "--bucket", "b", "--queue-url",
                "https://sqs.eu-west-1.amazonaws.com/123456789012/q", "--table", "t"));
        assertTrue(options.aws());
        assertFalse(options.startsMoto());
        assertNull(options.endpoint());
    }

    @Test
    void badInputIsExplained() {
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(List.of("--bogus")));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(List.of("--port")));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(List.of("--port", "--no-seeds")));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(List.of("--port", "70000")));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(List.of("--consumers", "0")));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(List.of("--endpoint", "localhost:4566")));
        assertThrows(IllegalArgumentException.class, () -> LocalOptions.parse(List.of("--table", "t")),
                "--table alone: attaching needs the queue too");
    }

    @Test
    void helpNamesEveryFlag() {
        for (String flag : List.of("--port", "--emulator-port", "--endpoint", "--region", "--bucket", "--prefix",
                "--queue-url", "--table", "--consumers", "--no-seeds", "--help")) {
            assertTrue(LocalOptions.HELP.contains(flag), flag);
        }
        assertTrue(LocalOptions.parse(List.of("--help")).help());
    }
}
