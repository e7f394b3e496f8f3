package dev.khabar.store.priming;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An SDK HTTP client that never opens a connection: a {@link Responder} answers every request in memory. SnapStart
 * priming sends real requests through it, so the SDK's marshallers, signer, endpoint rules and unmarshallers run
 * (and are loaded and compiled) before the snapshot, without a network call that could hang or fail the deployment.
 */
public final class OfflineHttpClient implements SdkHttpClient {
    /** Answers one request: {@code body} is the marshalled request payload (empty when there is none). */
    @FunctionalInterface
    public interface Responder {
        Answer answer(SdkHttpRequest request, byte[] body);
    }

    /** A response: status, headers and body bytes. */
    public record Answer(int status, Map<String, List<String>> headers, byte[] body) {
        public static Answer json(String json) {
            byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new Answer(200, Map.of("Content-Type", List.of("application/x-amz-json-1.0"),
                    "Content-Length", List.of(Integer.toString(bytes.length))), bytes);
        }
    }

    private final Responder responder;

    public OfflineHttpClient(Responder responder) {
        this.responder = responder;
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                Answer answer = responder.answer(request.httpRequest(), body(request));
                return HttpExecuteResponse.builder()
                        .response(SdkHttpResponse.builder().statusCode(answer.status()).headers(answer.headers()).build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer.body())))
                        .build();
            }

            @Override
            public void abort() {
                // nothing in flight: the answer is already in memory
            }
        };
    }

    private static byte[] body(HttpExecuteRequest request) {
        if (request.contentStreamProvider().isEmpty()) {
            return new byte[0];
        }
        try (InputStream in = request.contentStreamProvider().get().newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String clientName() {
        return "Offline";
    }

    @Override
    public void close() {
        // holds no connections
    }
}
