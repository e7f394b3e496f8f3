package dev.khabar.bench.coldstart.floor;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.khabar.store.AwsClients;
import dev.khabar.store.TableKeys;
import dev.khabar.store.objects.S3Object;
import dev.khabar.store.objects.S3ObjectGetter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The floor of the extract function: the least any function doing its I/O can do. It finds bucket and key in the
 * SQS event with a regular expression (no JSON library), reads the object with one signed GET and writes one item
 * with one PutItem. The same clients as the function (the store's {@link AwsClients}); nothing else.
 */
public final class FloorExtractHandler implements RequestStreamHandler {
    private static final Pattern BUCKET = escapedJson("\"bucket\":\\s*\\{\\s*\"name\":\\s*\"([^\"\\\\]+)");
    private static final Pattern KEY = escapedJson("\"key\":\\s*\"([^\"\\\\]+)");
    private static final S3ObjectGetter S3 = AwsClients.s3Objects();
    private static final DynamoDbClient DYNAMO = AwsClients.dynamoDb();
    private static final String TABLE = System.getenv("TABLE_NAME");

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        String bucket = first(BUCKET, event);
        String key = URLDecoder.decode(first(KEY, event), StandardCharsets.UTF_8);
        String text;
        try (S3Object object = S3.get(bucket, key).orElseThrow()) {
            text = new String(object.body().readAllBytes(), StandardCharsets.UTF_8);
        }
        DYNAMO.putItem(b -> b.tableName(TABLE).item(Map.of(
                TableKeys.PK, AttributeValue.fromS(TableKeys.docPk(TableKeys.docId(bucket, key))),
                TableKeys.SK, AttributeValue.fromS("FLOOR"),
                "length", AttributeValue.fromN(Integer.toString(text.length())))));
        output.write("{\"batchItemFailures\":[]}".getBytes(StandardCharsets.UTF_8));
    }

    /** The SQS event carries the S3 notification as a JSON string: its quotes arrive as {@code \"}. */
    private static Pattern escapedJson(String regex) {
        return Pattern.compile(regex.replace("\"", "\\\\\""));
    }

    private static String first(Pattern pattern, String event) {
        Matcher matcher = pattern.matcher(event);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no " + pattern + " in the event");
        }
        return matcher.group(1);
    }
}
