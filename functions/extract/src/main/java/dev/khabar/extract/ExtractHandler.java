package dev.khabar.extract;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import dev.khabar.core.Extractor;
import dev.khabar.core.json.JsonText;
import dev.khabar.extract.event.EventParser;
import dev.khabar.extract.event.Invocation;
import dev.khabar.extract.event.Message;
import dev.khabar.extract.event.ObjectEvent;
import dev.khabar.extract.process.DocumentProcessor;
import dev.khabar.extract.process.Outcome;
import dev.khabar.extract.text.DocumentTextDecoder;
import dev.khabar.extract.text.TextDecoder;
import dev.khabar.store.AwsClients;
import dev.khabar.store.objects.S3ObjectGetter;
import dev.khabar.store.write.DocumentWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The extract function: S3 object events, delivered through SQS (answered with the ids of the messages to retry)
 * or directly (sam local invoke; fails the invocation when anything must be retried), become facts in the table.
 */
public final class ExtractHandler implements RequestStreamHandler {
    /** Thread-safe and stateless between documents: one per container. */
    private static final Extractor EXTRACTOR = new Extractor();

    /** Started last in the static init, so that the clients the constructor builds overlap with it. */
    private static final InitWarmup WARMUP;

    static {
        SnapStartPriming.register();
        WARMUP = InitWarmup.start(System.getenv(), Runtime.getRuntime().availableProcessors(), EXTRACTOR, System.err);
    }

    private final EventParser parser = new EventParser();
    private final DocumentProcessor processor;
    private final OutcomeLog log;
    private final Clock clock;

    /**
     * Lambda's entry: settings from the environment; SDK clients built once per container, while {@link InitWarmup}
     * runs, which init waits for. The decoder is not primed here: without SnapStart that would load PDFBox and jsoup
     * into every cold start, most of which decode text; SnapStart priming decodes a sample of every format before the
     * snapshot instead.
     */
    public ExtractHandler() {
        this(ExtractConfig.fromEnv(System.getenv()));
        WARMUP.await();
    }

    private ExtractHandler(ExtractConfig config) {
        this(config, Clients.S3, Clients.DYNAMO, new DocumentTextDecoder(config.maxObjectBytes()), Clock.systemUTC(),
                System.out);
    }

    /** For tests and local runs: explicit settings and clients. */
    public ExtractHandler(ExtractConfig config, S3ObjectGetter s3, DynamoDbClient dynamo, TextDecoder decoder,
                          Clock clock, PrintStream logOut) {
        DocumentWriter writer = new DocumentWriter(dynamo, config.tableName(), clock, config.lease());
        this.processor = new DocumentProcessor(s3, writer, decoder, EXTRACTOR, config.maxObjectBytes());
        this.log = new OutcomeLog(logOut, clock);
        this.clock = clock;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Invocation invocation = parser.parse(input);
        if (invocation.fromSqs()) {
            writeBatchResponse(handleMessages(invocation.messages()), output);
            return;
        }
        SQSBatchResponse response = handleMessages(invocation.messages());
        if (!response.getBatchItemFailures().isEmpty()) {
            throw new IllegalStateException("the event was not fully processed; see the log lines above");
        }
        output.write("{}".getBytes(StandardCharsets.UTF_8));
    }

    /** Processes every message; a failure of one never stops the others. */
    public SQSBatchResponse handleMessages(List<Message> messages) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (Message message : messages) {
            if (!handleMessage(message)) {
                failures.add(new SQSBatchResponse.BatchItemFailure(message.id()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    /** @return whether the message is done with (acknowledge it) */
    private boolean handleMessage(Message message) {
        if (message.malformed()) {
            // not ours to drop: after its retries SQS moves it to the dead-letter queue, where it can be inspected
            log.error("unreadable message: " + message.error(), message.id(), null);
            return false;
        }
        if (message.events().isEmpty()) {
            log.info("s3:TestEvent skipped", message.id());
            return true;
        }
        boolean done = true;
        for (ObjectEvent event : message.events()) {
            long start = clock.millis();
            try {
                Outcome outcome = processor.process(event);
                log.outcome(outcome, message.id(), clock.millis() - start);
                done &= !outcome.retry();
            } catch (RuntimeException e) {
                log.error("transient failure on s3://" + event.bucket() + "/" + event.key() + ", retried",
                        message.id(), e);
                done = false;
            }
        }
        return done;
    }

    private static void writeBatchResponse(SQSBatchResponse response, OutputStream output) throws IOException {
        JsonText json = new JsonText().startObject().name("batchItemFailures").startArray();
        for (SQSBatchResponse.BatchItemFailure failure : response.getBatchItemFailures()) {
            json.startObject().field("itemIdentifier", failure.getItemIdentifier()).endObject();
        }
        output.write(json.endArray().endObject().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Built during the function's init phase (and captured by SnapStart), never per invocation. */
    private static final class Clients {
        static final S3ObjectGetter S3 = AwsClients.s3Objects();
        static final DynamoDbClient DYNAMO = AwsClients.dynamoDb();
    }
}
