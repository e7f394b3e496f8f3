import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Removes fontbox's predefined CMaps of Chinese, Japanese and Korean encodings from a fontbox jar, in place.
 * Run as a single-file program (`java StripFontboxCjkCmaps.java fontbox.jar`) so packaging needs nothing but the
 * JDK that builds the functions. Identity-H/V, which embedded fonts of every script use, and the classes stay.
 */
public final class StripFontboxCjkCmaps {
    private static final String CMAP_FOLDER = "/org/apache/fontbox/cmap";

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java StripFontboxCjkCmaps.java <fontbox jar>");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        if (!Files.isRegularFile(jar)) {
            System.err.println("no such jar: " + jar);
            System.exit(2);
        }
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path folder = zip.getPath(CMAP_FOLDER);
            if (!Files.isDirectory(folder)) {
                System.err.println(jar + " has no " + CMAP_FOLDER + ": not a fontbox jar");
                System.exit(1);
            }
            List<Path> cmaps;
            try (Stream<Path> entries = Files.list(folder)) {
                cmaps = entries.filter(StripFontboxCjkCmaps::isCjkCmap).toList();
            }
            for (Path cmap : cmaps) {
                Files.delete(cmap);
            }
            System.out.println("removed " + cmaps.size() + " CJK CMaps from " + jar.getFileName());
        }
    }

    private static boolean isCjkCmap(Path entry) {
        String name = entry.getFileName().toString().replace("/", "");
        return !Files.isDirectory(entry) && !name.endsWith(".class") && !name.equals("Identity-H") && !name.equals("Identity-V");
    }
}
