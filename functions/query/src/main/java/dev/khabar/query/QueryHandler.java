package dev.khabar.query;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.khabar.query.api.Api;
import dev.khabar.query.api.Cursors;
import dev.khabar.query.http.ApiGatewayEvents;
import dev.khabar.query.service.QueryService;
import dev.khabar.store.AwsClients;
import dev.khabar.store.read.DocumentReader;
import dev.khabar.store.read.EntityReader;
import dev.khabar.store.read.FactReader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** API Gateway HTTP API (payload 2.0) → {@link Api}. Thin: decode the event, let the API answer, encode the answer. */
public final class QueryHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    static {
        SnapStartPriming.register();
    }

    private final Api api;

    /** Lambda's constructor: clients and configuration are built once, in the init phase (and so in a snapshot). */
    public QueryHandler() {
        this(Container.API);
    }

    public QueryHandler(Api api) {
        this.api = api;
    }

    /** The API over a table: the wiring the function uses, for tests that bring their own client. */
    public static Api api(DynamoDbClient dynamo, String table, byte[] cursorKey) {
        QueryService service = new QueryService(new DocumentReader(dynamo, table), new EntityReader(dynamo, table),
                new FactReader(dynamo, table));
        return new Api(service, new Cursors(cursorKey));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return ApiGatewayEvents.response(api.handle(() -> ApiGatewayEvents.request(event)));
    }

    /** Loaded only by the no-argument constructor, so tests can build a handler without the function's environment. */
    private static final class Container {
        private static final Api API;

        static {
            QueryConfig config = QueryConfig.fromEnvironment();
            API = api(AwsClients.dynamoDb(), config.table(), config.cursorKey());
        }
    }
}
