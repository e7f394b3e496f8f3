package dev.khabar.query;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.DocumentInfo;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.store.priming.OfflineHttpClient;
import dev.khabar.store.priming.PrimingClients;
import dev.khabar.store.priming.RecordingDynamoDb;
import dev.khabar.store.priming.SnapStartHook;
import dev.khabar.store.write.ClaimResult;
import dev.khabar.store.write.DocumentVersion;
import dev.khabar.store.write.DocumentWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * SnapStart priming: before Lambda snapshots the initialized function, the API answers the requests of every
 * route in memory, so what the first real request after a restore would load and compile (routing, parameters,
 * cursors, the DynamoDB marshallers, signer and unmarshallers, fact decoding, the JSON views) is in the snapshot.
 * The table is a {@link RecordingDynamoDb} behind an {@link OfflineHttpClient}: a small facts document is written
 * to it through the store's writer, then read back by the routes. No network call.
 * Without SnapStart (or on a JVM without CRaC) the registration is all that happens.
 */
public final class SnapStartPriming {
    static final String ENTITY = "Q380";
    private static final String TABLE = "priming";

    private SnapStartPriming() {
    }

    /** Called from the handler's static initializer: once per container. */
    static void register() {
        SnapStartHook.register(new Prime());
    }

    /** A class, not a method reference: registered at every cold start, with SnapStart or not (no bootstrap to run). */
    private static final class Prime implements SnapStartHook.Priming {
        @Override
        public Object run() throws Exception {
            return prime();
        }
    }

    /** @return the status of each primed request, in order: entity facts, entity, search, facts by type, documents */
    static List<Integer> prime() {
        try (DynamoDbClient dynamo = PrimingClients.dynamoDb(new OfflineHttpClient(new RecordingDynamoDb()))) {
            Instant now = Instant.now();
            DocumentVersion version = new DocumentVersion(TABLE, "priming.txt", DocumentVersion.sequencerOf(null, now), now);
            DocumentWriter writer = new DocumentWriter(dynamo, TABLE, Clock.systemUTC(), Duration.ofMinutes(1));
            ClaimResult claimed = writer.claim(version, document(version.docId()));
            writer.complete(claimed.claim());

            QueryHandler handler = new QueryHandler(QueryHandler.api(dynamo, TABLE,
                    "priming-cursor-key-never-used-for-real-cursors".getBytes(StandardCharsets.UTF_8)));
            List<Integer> statuses = new ArrayList<>();
            for (String target : List.of("/entities/" + ENTITY + "/facts?limit=1", "/entities/" + ENTITY,
                    "/entities?q=Meta", "/facts?type=INVESTMENT", "/documents")) {
                statuses.add(handler.handleRequest(event(target), null).getStatusCode());
            }
            return statuses;
        }
    }

    private static APIGatewayV2HTTPEvent event(String target) {
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath(path)
                .withRawQueryString(question < 0 ? "" : target.substring(question + 1))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path)
                                .build())
                        .build())
                .build();
    }

    /** Two companies and two facts between them, with the attributes the views show. */
    private static FactsDocument document(String docId) {
        String sentence = "Meta invested $40 million in Harbor Robotics.";
        Evidence evidence = new Evidence(sentence, 0, sentence.length());
        List<Entity> entities = List.of(
                new Entity("e1", ENTITY, "Meta", EntityType.ORGANIZATION, List.of("Meta", "ميتا"), 2),
                new Entity("e2", "ORGANIZATION:harbor robotics", "Harbor Robotics", EntityType.ORGANIZATION,
                        List.of("Harbor Robotics"), 2));
        List<Fact> facts = List.of(
                new Fact("f1", FactType.INVESTMENT, "e1", "e2",
                        new Amount(new BigDecimal("40000000"), "USD", "$40 million"), null,
                        new DateValue("2025-03", "March 2025"), null, null, evidence, 0.9),
                new Fact("f2", FactType.PARTNERSHIP, "e1", "e2", null, null, null, null, "announced", evidence, 0.7));
        return new FactsDocument(FactsDocument.SCHEMA_VERSION,
                new DocumentInfo(docId, "en", "Priming", "2025-03-04", "priming"), entities, facts);
    }
}
