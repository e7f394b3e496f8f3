package dev.khabar.bench.coldstart.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.khabar.store.TableKeys;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The floor of the query function for {@code GET /entities/{id}/facts}: one raw DynamoDB Query of the same
 * partition and key range, newest first, the same page size, answered with the item count. No routing, no parameters,
 * no cursors, no JSON views: what is left is the cost of the event, the SDK and the round trip.
 */
public final class FloorQueryHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final DynamoDbClient DYNAMO = DynamoDbClient.builder()
            .httpClient(UrlConnectionHttpClient.builder().build()).build();
    private static final String TABLE = System.getenv("TABLE_NAME");
    /** The API's default page; it reads one item more to know whether there is a next page. */
    private static final int PAGE = 20;

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String[] segments = event.getRawPath().split("/");
        String entity = URLDecoder.decode(segments[2], StandardCharsets.UTF_8);
        QueryResponse response = DYNAMO.query(b -> b.tableName(TABLE)
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                .expressionAttributeNames(Map.of("#pk", TableKeys.PK, "#sk", TableKeys.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableKeys.entityPk(entity)),
                        ":low", AttributeValue.fromS(TableKeys.factSkFrom(null)),
                        ":high", AttributeValue.fromS(TableKeys.factSkTo(null))))
                .scanIndexForward(false)
                .limit(PAGE + 1));
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                .withBody("{\"count\":" + response.count() + "}").build();
    }
}
