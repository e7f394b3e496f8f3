package dev.khabar.local.api;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.khabar.local.LambdaContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * API Gateway's HTTP API, locally: an HTTP server on 127.0.0.1 that matches each request to the function's routes,
 * invokes the query handler with the payload 2.0 event and writes its response back. Requests that match no route
 * get API Gateway's own 404 without invoking the function; a function that throws gets its 500.
 */
public final class LocalApiServer implements AutoCloseable {
    private static final String FUNCTION_NAME = "khabar-query";
    private static final int TIMEOUT_MILLIS = 30_000;
    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final RouteTable routes = RouteTable.ofQueryFunction();
    private final String region;
    private final PrintStream log;

    private LocalApiServer(HttpServer server, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                           String region, PrintStream log) {
        this.server = server;
        this.handler = handler;
        this.region = region;
        this.log = log;
        this.executor = Executors.newFixedThreadPool(THREADS, Thread.ofPlatform().name("query-api-", 1).factory());
        server.setExecutor(executor);
        server.createContext("/", this::serve);
    }

    /** Listens on 127.0.0.1:{@code port} (0: a free port). */
    public static LocalApiServer start(int port, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                       String region, PrintStream log) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port
                    + (port == 0 ? "" : " (is another khabar local running? choose another --port)"), e);
        }
        LocalApiServer api = new LocalApiServer(server, handler, region, log);
        server.start();
        return api;
    }

    public URI url() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Optional<RouteTable.Match> route = routes.match(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
            if (route.isEmpty()) {
                writeGatewayError(exchange, 404, "Not Found");
                return;
            }
            APIGatewayV2HTTPResponse response;
            try {
                response = handler.handleRequest(ApiGatewayRequests.event(exchange, route.get(), body),
                        LambdaContext.invocation(FUNCTION_NAME, region, TIMEOUT_MILLIS, log));
            } catch (RuntimeException e) {
                log.println("query function failed on " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e);
                writeGatewayError(exchange, 500, "Internal Server Error");
                return;
            }
            write(exchange, response);
        }
    }

    private static void write(HttpExchange exchange, APIGatewayV2HTTPResponse response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(headers::set);
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> values.forEach(v -> headers.add(name, v)));
        }
        if (response.getCookies() != null) {
            response.getCookies().forEach(cookie -> headers.add("Set-Cookie", cookie));
        }
        String text = response.getBody();
        byte[] body = text == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
        send(exchange, response.getStatusCode(), body);
    }

    private static void writeGatewayError(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        boolean noBody = body.length == 0 || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
