package dev.khabar.store.objects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.IdentityProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * S3 GetObject as one HTTP GET signed with the SDK's own SigV4 signer, sent through the functions' shared HTTP client.
 * The S3 client and the protocol modules it pulls in weigh 4.6 MB of the extract function's package for this one call.
 *
 * <p>The request is the one the S3 client sends: virtual-hosted addressing on AWS ({@code bucket.s3.region.domain}),
 * path-style on an endpoint override (emulators serve no bucket subdomains) or for a bucket name that is no valid
 * host label; the key percent-encoded segment by segment, signed without double encoding or path normalisation.
 * Credentials are resolved per request from the provider, never pinned (SnapStart restores them).
 */
public final class S3ObjectGetter {
    private static final int ATTEMPTS = 3;
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final Pattern VIRTUAL_HOSTABLE = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
    private static final Pattern ERROR_CODE = Pattern.compile("<Code>([^<]*)</Code>");
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();

    private final SdkHttpClient http;
    private final IdentityProvider<? extends AwsCredentialsIdentity> credentials;
    private final Region region;
    private final URI endpointOverride;
    private final Clock clock;

    /** @param endpointOverride where to send requests instead of AWS, or null */
    public S3ObjectGetter(SdkHttpClient http, IdentityProvider<? extends AwsCredentialsIdentity> credentials,
                          Region region, URI endpointOverride) {
        this(http, credentials, region, endpointOverride, Clock.systemUTC());
    }

    S3ObjectGetter(SdkHttpClient http, IdentityProvider<? extends AwsCredentialsIdentity> credentials, Region region,
                   URI endpointOverride, Clock clock) {
        this.http = http;
        this.credentials = credentials;
        this.region = region;
        this.endpointOverride = endpointOverride;
        this.clock = clock;
    }

    /**
     * The object's current version, open for reading; empty when S3 answers 404 (no such key, or bucket).
     * Server errors and failed connections are tried {@value #ATTEMPTS} times (the S3 client tries up to four); then
     * the caller fails, and SQS redelivers the message.
     *
     * @throws S3RequestException when S3 refuses the request (access denied, bad region…) or keeps failing
     */
    public Optional<S3Object> get(String bucket, String key) {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpExecuteResponse response = http.prepareRequest(
                        HttpExecuteRequest.builder().request(signed(bucket, key)).build()).call();
                int status = response.httpResponse().statusCode();
                if (status / 100 == 2) {
                    return Optional.of(new S3Object(response.httpResponse(), body(response)));
                }
                String code = errorCode(response);
                if (status == 404) {
                    return Optional.empty();
                }
                if (status < 500 || attempt == ATTEMPTS) {
                    throw new S3RequestException(bucket, key, status, code);
                }
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    throw new UncheckedIOException("GET s3://" + bucket + "/" + key, e);
                }
            }
            pause(FIRST_BACKOFF_MILLIS << (attempt - 1));
        }
    }

    private SdkHttpRequest signed(String bucket, String key) {
        return sign(request(bucket, key));
    }

    /** Signs for S3 as the S3 client does, with the provider's current credentials. */
    SdkHttpRequest sign(SdkHttpRequest request) {
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        return SIGNER.sign(r -> r.identity(identity).request(request)
                        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region.id())
                        .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                        // x-amz-content-sha256: UNSIGNED-PAYLOAD, as the S3 client sends for GetObject
                        .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, clock))
                .request();
    }

    /** The GET the S3 client would send for the object, unsigned. */
    SdkHttpRequest request(String bucket, String key) {
        String encodedKey = "/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key);
        boolean pathStyle = endpointOverride != null || !VIRTUAL_HOSTABLE.matcher(bucket).matches();
        URI base = endpointOverride != null ? endpointOverride : URI.create("https://s3." + region.id() + "." + domain());
        String host = pathStyle ? base.getHost() : bucket + "." + base.getHost();
        String prefix = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        String path = prefix + (pathStyle ? "/" + SdkHttpUtils.urlEncode(bucket) + encodedKey : encodedKey);
        return SdkHttpRequest.builder().method(SdkHttpMethod.GET).protocol(base.getScheme()).host(host)
                .port(base.getPort()).encodedPath(path).build();
    }

    private String domain() {
        return region.metadata() == null ? "amazonaws.com" : region.metadata().domain();
    }

    private static AbortableInputStream body(HttpExecuteResponse response) {
        return response.responseBody().orElseGet(() -> AbortableInputStream.create(InputStream.nullInputStream()));
    }

    /** S3's error code from the XML error body (absent for HEAD-like answers): AccessDenied, NoSuchKey… */
    private static String errorCode(HttpExecuteResponse response) throws IOException {
        try (AbortableInputStream in = body(response)) {
            Matcher matcher = ERROR_CODE.matcher(new String(in.readNBytes(8192), StandardCharsets.UTF_8));
            return matcher.find() ? matcher.group(1) : "";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted between attempts to read from S3", e);
        }
    }
}
