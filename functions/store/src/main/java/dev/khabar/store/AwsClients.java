package dev.khabar.store;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Builds the SDK clients the functions use, once per container (call from static initialisers).
 *
 * <p>Region, credentials and endpoint all come from the SDK's own settings (AWS_REGION, AWS_ENDPOINT_URL or the
 * system property aws.endpointUrl, …): credentials are never pinned, because SnapStart restores them from the
 * container. One UrlConnectionHttpClient serves every client: no Apache, Netty or CRT in the deployment jar.
 *
 * <p>S3 is an optional dependency of the store (the query function does not ship it); {@link #s3()} is only
 * callable where the S3 module is on the classpath.
 */
public final class AwsClients {
    private static final SdkHttpClient HTTP = UrlConnectionHttpClient.builder().build();

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder().httpClient(HTTP).build();
    }

    /** Path-style addressing when an endpoint override is set: emulators do not serve bucket subdomains. */
    public static S3Client s3() {
        return S3ClientFactory.build(HTTP, endpointOverridden("S3"));
    }

    /** Whether the SDK will send requests for {@code service} somewhere other than AWS (emulator, proxy). */
    static boolean endpointOverridden(String service) {
        return present(System.getProperty("aws.endpointUrl"))
                || present(System.getProperty("aws.endpointUrl" + service))
                || present(System.getenv("AWS_ENDPOINT_URL"))
                || present(System.getenv("AWS_ENDPOINT_URL_" + service));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
