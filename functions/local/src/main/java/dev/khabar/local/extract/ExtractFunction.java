package dev.khabar.local.extract;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.khabar.extract.ExtractConfig;
import dev.khabar.extract.ExtractHandler;
import dev.khabar.extract.text.DocumentTextDecoder;
import dev.khabar.local.LambdaContext;
import dev.khabar.store.objects.S3ObjectGetter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One "container" of the extract function: the handler class Lambda runs, called with the raw SQS event as Lambda's
 * runtime calls a stream handler, answering which messages to retry (the function's batch item failures).
 */
final class ExtractFunction {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "khabar-extract";
    /** Informational only (the handler does not read it): the template's function timeout. */
    private static final int TIMEOUT_MILLIS = 60_000;

    private final RequestStreamHandler handler;
    private final String region;
    private final PrintStream log;

    ExtractFunction(String table, S3ObjectGetter s3, DynamoDbClient dynamo, String region, PrintStream log) {
        // the function's own environment (MAX_OBJECT_BYTES, LEASE_SECONDS…) applies here too, with the local table
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("TABLE_NAME", table);
        ExtractConfig config = ExtractConfig.fromEnv(environment);
        // the decoder the function builds for itself in Lambda (every supported format, primed)
        this.handler = new ExtractHandler(config, s3, dynamo, DocumentTextDecoder.primed(config.maxObjectBytes()),
                Clock.systemUTC(), log);
        this.region = region;
        this.log = log;
    }

    /** @return the ids of the messages the function reported as batch item failures */
    Set<String> invoke(byte[] sqsEvent) throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(sqsEvent), output,
                LambdaContext.invocation(NAME, region, TIMEOUT_MILLIS, log));
        JsonNode response = JSON.readTree(output.toByteArray());
        Set<String> failed = new LinkedHashSet<>();
        if (response != null) {
            response.path("batchItemFailures").forEach(f -> failed.add(f.path("itemIdentifier").asText()));
        }
        return failed;
    }
}
