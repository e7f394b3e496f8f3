package dev.khabar.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code --endpoint}: a second run uses the emulator of a first one (standing in for LocalStack), starts no emulator
 * of its own, refuses to create resources that exist there, and attaches to them when named.
 */
class EndpointIT {
    private static final String KEY = "endpoint/attached.txt";

    @Test
    void attachesToResourcesOfARunningEmulator() throws Exception {
        try (LocalCommand first = LocalCommand.start("--no-seeds")) {
            String endpoint = first.emulator().endpoint().toString();
            String bucket = first.bucketName();

            LocalCommand.Finished clash = LocalCommand.runToEnd("--endpoint", endpoint, "--port", "0", "--no-seeds");
            assertEquals(1, clash.exitCode(), clash.output());
            assertTrue(clash.output().contains("--queue-url"), "the error says how to attach instead:\n" + clash.output());

            try (LocalCommand second = LocalCommand.start("--endpoint", endpoint, "--no-seeds", "--bucket", bucket,
                    "--queue-url", first.bannerValue("queue"), "--table", first.bannerValue("table"))) {
                assertTrue(second.handle().descendants().findAny().isEmpty(), "with --endpoint no emulator is started");
                try (S3Client s3 = first.emulator().s3()) {
                    s3.putObject(b -> b.bucket(bucket).key(KEY), RequestBody.fromString(
                            "Northwind Labs hired Maya Rahman as chief financial officer, the company said on Monday."));
                }
                // either run's consumers may take the message; the second run's API reads the shared table
                Duration processing = Duration.ofSeconds(60);
                first.awaitCondition(() -> first.output().contains(KEY) || second.output().contains(KEY), processing);
                Http.Answer documents = new Http(second.api()).get("/documents");
                assertEquals(200, documents.status(), documents.text());
                assertTrue(StreamSupport.stream(documents.body().path("items").spliterator(), false)
                        .map(d -> d.path("key").asText()).anyMatch(KEY::equals), documents.text());
                assertEquals(0, second.stop(), second.output());
            }
            // stopping the attached run leaves the emulator and its resources alone
            try (S3Client s3 = first.emulator().s3()) {
                // throws when the bucket or the emulator is gone
                s3.headBucket(b -> b.bucket(bucket));
            }
            assertEquals(0, first.stop(), first.output());
        }
    }

    @Test
    void helpAndBadFlags() throws Exception {
        LocalCommand.Finished help = LocalCommand.runToEnd("--help");
        assertEquals(0, help.exitCode(), help.output());
        assertTrue(help.output().contains("--emulator-port"), help.output());
        LocalCommand.Finished bad = LocalCommand.runToEnd("--port", "many");
        assertEquals(2, bad.exitCode(), bad.output());
        assertTrue(bad.output().contains("--port takes a number"), bad.output());
    }
}
