package dev.khabar.query.http;

import java.util.Map;

/** Status, headers and a body already encoded as text. */
public record HttpResponse(int status, Map<String, String> headers, String body) {
    public static final String JSON = "application/json";
    public static final String PROBLEM_JSON = "application/problem+json";

    public HttpResponse {
        headers = Map.copyOf(headers);
    }

    public static HttpResponse json(int status, String body) {
        return new HttpResponse(status, Map.of("content-type", JSON), body);
    }
}
