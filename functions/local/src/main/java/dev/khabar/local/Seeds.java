package dev.khabar.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The repository's seeds/ articles, uploaded to the bucket under their file names so a new run has data at once. */
final class Seeds {
    private Seeds() {}

    /** @return the keys uploaded */
    static List<String> upload(Path seedsDir, S3Client s3, String bucket) {
        if (!Files.isDirectory(seedsDir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(seedsDir)) {
            files = list.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + seedsDir, e);
        }
        for (Path file : files) {
            s3.putObject(b -> b.bucket(bucket).key(file.getFileName().toString()), RequestBody.fromFile(file));
        }
        return files.stream().map(f -> f.getFileName().toString()).toList();
    }
}
