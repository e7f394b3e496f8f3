package dev.khabar.bench.coldstart.child;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;

/** API Gateway HTTP API (payload 2.0) events as the gateway builds them for the $default stage. */
final class HttpEvents {
    private HttpEvents() {
    }

    /** @param requestLine {@code GET /entities/Q380/facts?limit=20} */
    static APIGatewayV2HTTPEvent event(String requestLine) {
        String[] parts = requestLine.strip().split(" ", 2);
        String target = parts[1];
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? "" : target.substring(question + 1);
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(path)
                .withRawQueryString(query)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withStage("$default")
                        .withRequestId("bench")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(parts[0]).withPath(path).withProtocol("HTTP/1.1").build())
                        .build())
                .build();
    }

    static int status(Object response) {
        return ((APIGatewayV2HTTPResponse) response).getStatusCode();
    }
}
