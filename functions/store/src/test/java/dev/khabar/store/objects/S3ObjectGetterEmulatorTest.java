package dev.khabar.store.objects;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.store.AwsClients;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.WithEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The signed GET against the emulator, configured as the functions are (the SDK's settings, path-style). */
@WithEmulator
class S3ObjectGetterEmulatorTest {
    @Test
    void readsWhatWasPutUnderAnyKeyWithItsTypeAndMetadata(Emulator emulator) throws IOException {
        ProvisionedResources aws = emulator.provision();
        S3ObjectGetter getter = AwsClients.s3Objects();
        List<String> keys = List.of("plain.txt", "news/2025/Harbor Robotics+Meta (1).txt", "أخبار/ميتا تستثمر.txt",
                "odd/a%20b~*'!$&=,;@.txt");
        try (S3Client s3 = emulator.s3()) {
            for (String key : keys) {
                s3.putObject(b -> b.bucket(aws.bucket()).key(key).contentType("text/plain; charset=utf-8")
                        .metadata(Map.of("Published", "2025-08-30")), RequestBody.fromString("body of " + key));
            }
        }
        for (String key : keys) {
            try (S3Object object = getter.get(aws.bucket(), key).orElseThrow(() -> new AssertionError(key))) {
                byte[] expected = ("body of " + key).getBytes(StandardCharsets.UTF_8);
                assertArrayEquals(expected, object.body().readAllBytes(), key);
                assertEquals(expected.length, object.contentLength(), key);
                assertEquals("text/plain; charset=utf-8", object.contentType(), key);
                assertEquals(Map.of("published", "2025-08-30"), object.metadata(), key);
            }
        }
    }

    @Test
    void aMissingKeyOrBucketIsEmpty(Emulator emulator) {
        ProvisionedResources aws = emulator.provision();
        S3ObjectGetter getter = AwsClients.s3Objects();
        assertTrue(getter.get(aws.bucket(), "never-uploaded.txt").isEmpty());
        assertTrue(getter.get(aws.bucket() + "-missing", "a.txt").isEmpty());
    }
}
