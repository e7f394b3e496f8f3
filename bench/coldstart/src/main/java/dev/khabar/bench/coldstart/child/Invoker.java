package dev.khabar.bench.coldstart.child;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Calls a handler the way the Lambda runtime does, with events prepared by the parent; fails on an error answer. */
abstract class Invoker {
    enum Kind { STREAM, HTTP }

    abstract int count();

    abstract void invoke(int index) throws Exception;

    static Invoker of(Kind kind, Object handler, Path events) throws IOException {
        return switch (kind) {
            case STREAM -> new EventFiles((RequestStreamHandler) handler, events);
            case HTTP -> new RequestLines(handler, events);
        };
    }

    /** One file per event, in name order; a batch response naming failed messages is a failure. */
    private static final class EventFiles extends Invoker {
        private final RequestStreamHandler handler;
        private final List<byte[]> events;

        EventFiles(RequestStreamHandler handler, Path dir) throws IOException {
            this.handler = handler;
            try (Stream<Path> files = Files.list(dir)) {
                this.events = files.sorted().map(EventFiles::read).toList();
            }
        }

        private static byte[] read(Path file) {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        int count() {
            return events.size();
        }

        @Override
        void invoke(int index) throws Exception {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            handler.handleRequest(new ByteArrayInputStream(events.get(index)), output, new BenchContext(index));
            String answer = output.toString(StandardCharsets.UTF_8);
            if (answer.contains("itemIdentifier")) {
                throw new IllegalStateException("invocation " + index + " reported failed messages: " + answer);
            }
        }
    }

    /** One request line per event ({@code GET /path?query}); a status other than 200 is a failure. */
    private static final class RequestLines extends Invoker {
        private final RequestHandler<Object, Object> handler;
        private final List<String> requests;

        @SuppressWarnings("unchecked")
        RequestLines(Object handler, Path file) throws IOException {
            this.handler = (RequestHandler<Object, Object>) handler;
            this.requests = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        }

        @Override
        int count() {
            return requests.size();
        }

        @Override
        void invoke(int index) {
            int status = HttpEvents.status(handler.handleRequest(HttpEvents.event(requests.get(index)),
                    new BenchContext(index)));
            if (status != 200) {
                throw new IllegalStateException("invocation " + index + " (" + requests.get(index) + ") answered " + status);
            }
        }
    }
}
