package dev.khabar.store.priming;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SDK clients for priming only, built like the functions' clients but over an {@link OfflineHttpClient}. Their
 * credentials, region and endpoint are fixed on purpose: they sign requests that never leave the process, and must
 * not look for settings (a credentials provider chain may call the network). The functions' real clients keep the
 * SDK's own settings, so SnapStart restores their credentials from the container.
 */
public final class PrimingClients {
    /** A reserved name (RFC 2606): even a request that escaped the offline client could not reach anything. */
    public static final URI ENDPOINT = URI.create("https://priming.invalid");
    public static final Region REGION = Region.US_EAST_1;

    private PrimingClients() {
    }

    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("PRIMING", "PRIMING"));
    }

    public static DynamoDbClient dynamoDb(SdkHttpClient http) {
        return DynamoDbClient.builder().httpClient(http).region(REGION).credentialsProvider(credentials())
                .endpointOverride(ENDPOINT).build();
    }
}
