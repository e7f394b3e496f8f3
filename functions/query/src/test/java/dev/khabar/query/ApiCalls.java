package dev.khabar.query;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.query.http.ApiGatewayEvents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Calls the query function's handler with API Gateway HTTP API events, as the service would, and checks every
 * answer against infra/openapi.yaml before the test sees it.
 */
final class ApiCalls {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final QueryHandler handler;

    ApiCalls(QueryHandler handler) {
        this.handler = handler;
    }

    record Response(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }

        String contentType() {
            return headers.get("content-type");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** GET of a raw path and raw query string (null for none), both already percent-encoded. */
    Response get(String rawPath, String rawQuery) {
        return send("GET", rawPath, rawQuery);
    }

    Response get(String rawPath) {
        return get(rawPath, null);
    }

    Response send(String method, String rawPath, String rawQuery) {
        return send(event(method, rawPath, rawQuery));
    }

    Response send(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse answer = handler.handleRequest(event, null);
        assertNotNull(answer.getHeaders(), "every answer has a content type");
        Response response = new Response(answer.getStatusCode(), answer.getHeaders(), answer.getBody());
        List<String> path = pathOf(event);
        if (path != null) {
            OpenApiContract.get().check(event.getRequestContext().getHttp().getMethod(), path, response.status(),
                    response.contentType(), response.body());
        }
        return response;
    }

    /** The request's path segments, or null when the path cannot be decoded (the answer is then a 400 anyway). */
    private static List<String> pathOf(APIGatewayV2HTTPEvent event) {
        try {
            return ApiGatewayEvents.request(event).path();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static APIGatewayV2HTTPEvent event(String method, String rawPath, String rawQuery) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(rawPath)
                .withRawQueryString(rawQuery == null ? "" : rawQuery)
                .withHeaders(Map.of("accept", "application/json"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method).withPath(rawPath).build())
                        .build())
                .build();
    }

    /** Percent-encodes one path segment or query value. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
