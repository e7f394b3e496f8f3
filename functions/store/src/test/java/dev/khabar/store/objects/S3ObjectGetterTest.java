package dev.khabar.store.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.khabar.store.priming.OfflineHttpClient;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The signed GET is the request the SDK's S3 client sends for GetObject: same URL (addressing style, key encoding)
 * and, signed at the same instant, the same signature; and what it does with S3's answers. Everything runs in memory
 * (the S3 client is a test dependency only).
 */
class S3ObjectGetterTest {
    private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(
            AwsSessionCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session-token"));
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @ParameterizedTest(name = "{0} / {1} via {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "news-bucket | seed.txt | -",
        "news-bucket | news/2025/Harbor Robotics+Meta (1).txt | -",
        "news-bucket | أخبار/ميتا تستثمر.txt | -",
        "news-bucket | a%20b/~tilde*star'quote | -",
        "news.bucket.with.dots | seed.txt | -",
        "news-bucket | news/الصفقة.html | http://127.0.0.1:4566",
        "news-bucket | seed.txt | https://s3.proxy.example/base/"})
    void sendsWhatTheS3ClientSends(String bucket, String key, String endpoint) {
        URI override = endpoint == null ? null : URI.create(endpoint);
        Region region = Region.EU_WEST_1;
        SdkHttpRequest sdk = sdkRequest(bucket, key, region, override);
        Instant signedAt = Instant.from(AMZ_DATE.parse(sdk.firstMatchingHeader("X-Amz-Date").orElseThrow()));
        S3ObjectGetter getter = new S3ObjectGetter(new OfflineHttpClient((r, b) -> null), CREDENTIALS, region, override,
                Clock.fixed(signedAt, ZoneOffset.UTC));

        SdkHttpRequest ours = getter.sign(getter.request(bucket, key));
        assertEquals(sdk.getUri(), ours.getUri());
        assertEquals(sdk.method(), ours.method());

        // the S3 client adds headers of its own (invocation id, retry count, checksum mode), signed with the rest:
        // signing its request again must give its signature, and our request must carry the same signed values
        SdkHttpRequest resigned = getter.sign(sdk.toBuilder().removeHeader("Authorization").build());
        assertEquals(sdk.firstMatchingHeader("Authorization"), resigned.firstMatchingHeader("Authorization"));
        for (String header : List.of("Host", "X-Amz-Date", "x-amz-content-sha256", "X-Amz-Security-Token")) {
            assertEquals(sdk.firstMatchingHeader(header), ours.firstMatchingHeader(header), header);
        }
    }

    @Test
    void serverErrorsAreTriedThreeTimes() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        S3ObjectGetter getter = getter((request, body) -> calls.incrementAndGet() < 3
                ? error(503, "SlowDown") : new OfflineHttpClient.Answer(200, Map.of(), "text".getBytes(StandardCharsets.UTF_8)));
        try (S3Object object = getter.get("b", "k").orElseThrow()) {
            assertEquals("text", new String(object.body().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(3, calls.get());

        calls.set(-10);
        S3RequestException e = assertThrows(S3RequestException.class, () -> getter.get("b", "k"));
        assertEquals(503, e.status());
        assertEquals("SlowDown", e.code());
        assertEquals(-7, calls.get(), "three attempts, then the error");
    }

    @Test
    void aRefusalIsNotRetriedAndSaysWhy() {
        AtomicInteger calls = new AtomicInteger();
        S3ObjectGetter getter = getter((request, body) -> {
            calls.incrementAndGet();
            return error(403, "AccessDenied");
        });
        S3RequestException e = assertThrows(S3RequestException.class, () -> getter.get("news", "a b.txt"));
        assertEquals("GET s3://news/a b.txt failed: HTTP 403 AccessDenied", e.getMessage());
        assertEquals(1, calls.get());
    }

    private static S3ObjectGetter getter(OfflineHttpClient.Responder responder) {
        return new S3ObjectGetter(new OfflineHttpClient(responder), CREDENTIALS, Region.US_EAST_1, null);
    }

    private static OfflineHttpClient.Answer error(int status, String code) {
        return new OfflineHttpClient.Answer(status, Map.of("Content-Type", List.of("application/xml")),
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>no</Message></Error>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static SdkHttpRequest sdkRequest(String bucket, String key, Region region, URI override) {
        List<SdkHttpRequest> sent = new ArrayList<>();
        OfflineHttpClient http = new OfflineHttpClient((request, body) -> {
            sent.add(request);
            return new OfflineHttpClient.Answer(200, Map.of("Content-Length", List.of("0")), new byte[0]);
        });
        // AWS's endpoint spelled out: an emulator of other tests in this JVM may have set aws.endpointUrl
        try (S3Client s3 = S3Client.builder().httpClient(http).region(region).credentialsProvider(CREDENTIALS)
                .endpointOverride(override != null ? override : URI.create("https://s3." + region.id() + ".amazonaws.com"))
                .forcePathStyle(override != null).build()) {
            s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
        }
        assertEquals(1, sent.size());
        return sent.getFirst();
    }
}
