package dev.khabar.store.priming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.khabar.store.TableKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Just enough of DynamoDB's wire protocol for priming: items sent with PutItem or BatchWriteItem are kept (as wire
 * JSON) and returned by a Query whose {@code :pk} matches their partition key; every other call succeeds with an
 * empty answer (a claim finds no previous item, an update holds its condition, a GetItem finds nothing).
 */
public final class RecordingDynamoDb implements OfflineHttpClient.Responder {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> items = new ArrayList<>();

    @Override
    public synchronized OfflineHttpClient.Answer answer(SdkHttpRequest request, byte[] body) {
        String target = request.firstMatchingHeader("X-Amz-Target").orElse("");
        String operation = target.substring(target.indexOf('.') + 1);
        JsonNode payload = read(body);
        return switch (operation) {
            case "PutItem" -> {
                items.add(payload.path("Item"));
                yield OfflineHttpClient.Answer.json("{}");
            }
            case "BatchWriteItem" -> {
                payload.path("RequestItems").forEach(requests -> requests.forEach(r -> {
                    if (r.has("PutRequest")) {
                        items.add(r.path("PutRequest").path("Item"));
                    }
                }));
                yield OfflineHttpClient.Answer.json("{\"UnprocessedItems\":{}}");
            }
            case "Query" -> OfflineHttpClient.Answer.json(query(payload));
            default -> OfflineHttpClient.Answer.json("{}");
        };
    }

    private String query(JsonNode payload) {
        String partition = payload.path("ExpressionAttributeValues").path(":pk").path("S").asText();
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode found = answer.putArray("Items");
        for (JsonNode item : items) {
            if (partition.equals(item.path(TableKeys.PK).path("S").asText())
                    || partition.equals(item.path(TableKeys.GSI1PK).path("S").asText())) {
                found.add(item);
            }
        }
        answer.put("Count", found.size());
        answer.put("ScannedCount", found.size());
        return answer.toString();
    }

    private static JsonNode read(byte[] body) {
        try {
            return body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("priming sent a request that is not JSON", e);
        }
    }
}
