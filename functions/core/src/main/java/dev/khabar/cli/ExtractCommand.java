package dev.khabar.cli;

import dev.khabar.core.Extractor;
import dev.khabar.core.SourceText;
import dev.khabar.core.model.FactsJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** {@code khabar extract [--published YYYY-MM-DD] FILE}: prints the facts document of a UTF-8 text file. */
public final class ExtractCommand {
    private static final String USAGE = "usage: khabar extract [--published YYYY-MM-DD] FILE";

    private ExtractCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command; returns the exit code (0 ok, 1 unreadable input, 2 bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        LocalDate published = null;
        String file = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--published")) {
                if (i + 1 >= args.length) {
                    err.println("khabar extract: --published needs a date (YYYY-MM-DD)");
                    return 2;
                }
                String value = args[++i];
                if (!value.isEmpty()) {
                    try {
                        published = LocalDate.parse(value);
                    } catch (DateTimeParseException e) {
                        err.println("khabar extract: --published '" + value + "' is not a date (YYYY-MM-DD)");
                        return 2;
                    }
                }
            } else if (args[i].startsWith("-") && args[i].length() > 1) {
                err.println("khabar extract: unknown option '" + args[i] + "'; " + USAGE);
                return 2;
            } else if (file == null) {
                file = args[i];
            } else {
                err.println("khabar extract: one file at a time; " + USAGE);
                return 2;
            }
        }
        if (file == null) {
            err.println("khabar extract: no file given; " + USAGE);
            return 2;
        }
        Path path = Path.of(file);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            err.println("khabar extract: " + file + " is not UTF-8 text");
            return 1;
        } catch (IOException e) {
            err.println("khabar extract: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
            return 1;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark is not part of the text
        }
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        out.println(FactsJson.write(new Extractor().extract(new SourceText(id, text, null, published))));
        return 0;
    }
}
