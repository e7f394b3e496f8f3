package dev.khabar.local.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.sun.net.httpserver.HttpExchange;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** An HTTP request → the event API Gateway's HTTP API sends a Lambda integration (payload format 2.0). */
final class ApiGatewayRequests {
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    static final String API_ID = "local";
    static final String ACCOUNT_ID = "000000000000";

    private ApiGatewayRequests() {}

    static APIGatewayV2HTTPEvent event(HttpExchange exchange, RouteTable.Match route, byte[] body) {
        String rawPath = exchange.getRequestURI().getRawPath();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        Instant now = Instant.now();
        String host = exchange.getRequestHeaders().getFirst("Host");

        APIGatewayV2HTTPEvent.RequestContext.Http http = new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(exchange.getRequestMethod());
        http.setPath(rawPath);
        http.setProtocol(exchange.getProtocol());
        http.setSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress());
        http.setUserAgent(exchange.getRequestHeaders().getFirst("User-Agent"));

        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setAccountId(ACCOUNT_ID);
        context.setApiId(API_ID);
        context.setDomainName(host == null ? "localhost" : host);
        context.setDomainPrefix(host == null ? "localhost" : host.split("[.:]")[0]);
        context.setHttp(http);
        context.setRequestId(UUID.randomUUID().toString());
        context.setRouteKey(route.routeKey());
        context.setStage("$default");
        context.setTime(REQUEST_TIME.format(now));
        context.setTimeEpoch(now.toEpochMilli());

        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey(route.routeKey());
        event.setRawPath(rawPath);
        event.setRawQueryString(rawQuery == null ? "" : rawQuery);
        event.setQueryStringParameters(rawQuery == null || rawQuery.isEmpty() ? null : queryParameters(rawQuery));
        event.setPathParameters(route.pathParameters().isEmpty() ? null : route.pathParameters());
        List<String> cookies = new ArrayList<>();
        event.setHeaders(headers(exchange, cookies));
        event.setCookies(cookies.isEmpty() ? null : cookies);
        event.setRequestContext(context);
        setBody(event, body);
        return event;
    }

    /** Lower-case names, repeated headers joined with commas, cookies apart, plus the headers API Gateway adds. */
    private static Map<String, String> headers(HttpExchange exchange, List<String> cookies) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("cookie")) {
                values.forEach(v -> cookies.addAll(List.of(v.split(";\\s*"))));
            } else {
                headers.put(lower, String.join(",", values));
            }
        });
        headers.put("x-forwarded-for", exchange.getRemoteAddress().getAddress().getHostAddress());
        headers.put("x-forwarded-port", String.valueOf(exchange.getLocalAddress().getPort()));
        headers.put("x-forwarded-proto", "http");
        return headers;
    }

    /** Decoded values; a parameter given several times has its values joined with commas, as API Gateway does. */
    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.merge(name, value, (first, next) -> first + "," + next);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }

    /** UTF-8 text as is; other bytes base64-encoded and flagged, as API Gateway does with binary bodies. */
    private static void setBody(APIGatewayV2HTTPEvent event, byte[] body) {
        if (body.length == 0) {
            return;
        }
        try {
            event.setBody(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString());
            event.setIsBase64Encoded(false);
        } catch (CharacterCodingException notText) {
            event.setBody(Base64.getEncoder().encodeToString(body));
            event.setIsBase64Encoded(true);
        }
    }
}
