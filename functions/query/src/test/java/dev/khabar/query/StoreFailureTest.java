package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.khabar.query.ApiCalls.Response;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.WithEmulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * When the table cannot be read the client gets a problem document, never a stack trace or an empty 200.
 * (The emulator is only here for the SDK's default region and credentials, and for the missing-table case.)
 */
@WithEmulator
class StoreFailureTest {
    @Test
    void anUnreachableTableIsA503WithRetryAfter() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (DynamoDbClient unreachable = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .endpointOverride(URI.create("http://127.0.0.1:" + closedPort))
                .overrideConfiguration(c -> c.retryStrategy(r -> r.maxAttempts(1)))
                .build()) {
            ApiCalls api = new ApiCalls(new QueryHandler(QueryHandler.api(unreachable, "facts", PublishedArticles.CURSOR_KEY)));
            Response response = api.get("/documents");
            assertEquals(503, response.status(), response::toString);
            assertEquals("1", response.headers().get("retry-after"));
            assertEquals("application/problem+json", response.contentType());
        }
    }

    @Test
    void aMissingTableIsA500ThatSaysNothingInternal(Emulator emulator) {
        try (DynamoDbClient dynamo = emulator.dynamoDb()) {
            ApiCalls api = new ApiCalls(new QueryHandler(QueryHandler.api(dynamo, "no-such-table", PublishedArticles.CURSOR_KEY)));
            Response response = api.get("/entities/Q380");
            assertEquals(500, response.status(), response::toString);
            assertFalse(response.body().contains("no-such-table"), "no internals in the answer");
        }
    }
}
