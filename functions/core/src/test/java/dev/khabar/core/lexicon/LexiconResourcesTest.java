package dev.khabar.core.lexicon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core's resources are opened under the root of the jar or folder holding its classes, not by the class loader's
 * search: the same bytes, a clear error for a missing one, and the core's own copy where another jar on the class path
 * holds the same name.
 */
class LexiconResourcesTest {
    private static final List<String> RESOURCES = List.of("/lexicon/triggers.tsv", "/lexicon/first-names.tsv",
            "/lexicon/stopwords-ar.txt", "/lexicon/jdk-names.tsv", "/gazetteer/index.tsv", "/gazetteer/people.tsv");
    private static final String MISSING = "/lexicon/no-such-list.txt";

    @Test
    void theSameBytesTheClassLoaderFinds() throws IOException {
        for (String resource : RESOURCES) {
            try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
                assertNotNull(in, resource);
                assertArrayEquals(in.readAllBytes(), Lexicon.bytesOrNull(resource), resource);
            }
        }
    }

    @Test
    void aMissingResourceIsNullOrAnErrorNamingIt() {
        assertNull(Lexicon.bytesOrNull(MISSING));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Lexicon.rows(MISSING, 1));
        assertTrue(e.getMessage().contains(MISSING), e.getMessage());
    }

    @Test
    void readFromTheJarHoldingTheClassesBeforeAnotherOnTheClassPath(@TempDir Path dir) throws Exception {
        String resource = "/lexicon/test-words.txt";
        Path other = jar(dir.resolve("other.jar"), resource, "other\n", false);
        Path core = jar(dir.resolve("core.jar"), resource, "core\n", true);
        // no parent but the JDK's: Lexicon comes from core.jar, which the class path lists after other.jar
        try (URLClassLoader loader = new URLClassLoader(new URL[] {other.toUri().toURL(), core.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> lexicon = loader.loadClass(Lexicon.class.getName());
            assertEquals(loader, lexicon.getClassLoader());
            Method bytes = lexicon.getMethod("bytesOrNull", String.class);
            assertEquals("other\n", text(loader.getResourceAsStream(resource.substring(1)).readAllBytes()));
            assertEquals("core\n", text((byte[]) bytes.invoke(null, resource)));
            assertNull(bytes.invoke(null, MISSING));
            // a resource only the other jar has is still found, by the class loader's search
            assertEquals("only elsewhere\n", text((byte[]) bytes.invoke(null, "/lexicon/elsewhere.txt")));
        }
    }

    /** A jar with one resource, and with the Lexicon classes if {@code withClasses} (else with another resource). */
    private static Path jar(Path path, String resource, String text, boolean withClasses) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(path))) {
            put(out, resource.substring(1), text.getBytes(StandardCharsets.UTF_8));
            if (withClasses) {
                for (String name : List.of("Lexicon", "Lexicon$Root")) {
                    String file = "dev/khabar/core/lexicon/" + name + ".class";
                    try (InputStream in = Lexicon.class.getResourceAsStream("/" + file)) {
                        put(out, file, in.readAllBytes());
                    }
                }
            } else {
                put(out, "lexicon/elsewhere.txt", "only elsewhere\n".getBytes(StandardCharsets.UTF_8));
            }
        }
        return path;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
