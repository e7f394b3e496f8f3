package dev.khabar.store;

import dev.khabar.store.objects.S3ObjectGetter;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the SDK clients the functions use, once per container (call from static initialisers).
 *
 * <p>Region, credentials and endpoint all come from the SDK's own settings (AWS_REGION, AWS_ENDPOINT_URL or the
 * system property aws.endpointUrl, …): credentials are never pinned, because SnapStart restores them from the
 * container. One UrlConnectionHttpClient serves every client: no Apache, Netty or CRT in the deployment jar.
 */
public final class AwsClients {
    private static final SdkHttpClient HTTP = UrlConnectionHttpClient.builder().build();

    private AwsClients() {
    }

    public static DynamoDbClient dynamoDb() {
        return DynamoDbClient.builder().httpClient(HTTP).build();
    }

    /** S3 reads without the S3 client: the SDK's default credentials chain and region, the same endpoint settings. */
    public static S3ObjectGetter s3Objects() {
        return new S3ObjectGetter(HTTP, DefaultCredentialsProvider.builder().build(),
                new DefaultAwsRegionProviderChain().getRegion(), endpointOverride("S3"));
    }

    /**
     * Where the SDK would send requests for {@code service} instead of AWS (emulator, proxy), or null; the SDK's
     * order: service-specific before global, system property before environment variable.
     */
    static URI endpointOverride(String service) {
        for (String value : new String[] {System.getProperty("aws.endpointUrl" + service),
                System.getenv("AWS_ENDPOINT_URL_" + service.toUpperCase(java.util.Locale.ROOT)),
                System.getProperty("aws.endpointUrl"), System.getenv("AWS_ENDPOINT_URL")}) {
            if (value != null && !value.isBlank()) {
                return URI.create(value.strip());
            }
        }
        return null;
    }
}
