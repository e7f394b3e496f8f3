package dev.khabar.query.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** API Gateway HTTP API events (payload format 2.0) to and from the API's own request and response. */
public final class ApiGatewayEvents {
    private ApiGatewayEvents() {
    }

    public static HttpRequest request(APIGatewayV2HTTPEvent event) {
        if (event == null) {
            throw Problem.badParameter("the function was invoked without an API Gateway HTTP API event");
        }
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        String method = context != null && context.getHttp() != null ? context.getHttp().getMethod() : null;
        String path = event.getRawPath();
        if (path == null && context != null && context.getHttp() != null) {
            path = context.getHttp().getPath();
        }
        return new HttpRequest(method == null ? "GET" : method, UriDecoding.pathSegments(withoutStage(path, context)),
                () -> query(event));
    }

    /** On a named stage (not $default) rawPath starts with the stage name, which is no part of the route. */
    private static String withoutStage(String path, APIGatewayV2HTTPEvent.RequestContext context) {
        String stage = context == null ? null : context.getStage();
        if (path == null || stage == null || stage.isEmpty() || "$default".equals(stage)) {
            return path;
        }
        String prefix = "/" + stage;
        return path.equals(prefix) ? "/" : path.startsWith(prefix + "/") ? path.substring(prefix.length()) : path;
    }

    /** The raw query string when the event has one (it keeps repeated parameters apart), else the decoded map. */
    private static Map<String, List<String>> query(APIGatewayV2HTTPEvent event) {
        if (event.getRawQueryString() != null) {
            return UriDecoding.queryParameters(event.getRawQueryString());
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (event.getQueryStringParameters() != null) {
            event.getQueryStringParameters().forEach((name, value) -> query.put(name, new ArrayList<>(List.of(value))));
        }
        return query;
    }

    public static APIGatewayV2HTTPResponse response(HttpResponse response) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }
}
