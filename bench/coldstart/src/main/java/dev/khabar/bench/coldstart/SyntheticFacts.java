package dev.khabar.bench.coldstart;

import dev.khabar.core.model.Amount;
import dev.khabar.core.model.DateValue;
import dev.khabar.core.model.DocumentInfo;
import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Evidence;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.store.write.ClaimResult;
import dev.khabar.store.write.DocumentVersion;
import dev.khabar.store.write.DocumentWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A facts document written through the store when the extraction core finds no facts in the seed, so the query
 * bench still reads a realistic partition: one company with {@value #FACTS} investments in it, each with an amount,
 * a date and evidence, as the extractor would write them.
 */
final class SyntheticFacts {
    static final String ENTITY_KEY = "Q380";
    private static final int FACTS = 25;

    private SyntheticFacts() {
    }

    /** @return the key of the entity the facts are about */
    static String write(DynamoDbClient dynamo, String table, String bucket) {
        Instant now = Instant.now();
        DocumentVersion version = new DocumentVersion(bucket, "bench/synthetic-facts.txt",
                DocumentVersion.sequencerOf(null, now), now);
        DocumentWriter writer = new DocumentWriter(dynamo, table, Clock.systemUTC(), Duration.ofMinutes(5));
        ClaimResult claimed = writer.claim(version, document(version.docId()));
        if (claimed.outcome() != ClaimResult.Outcome.CLAIMED) {
            throw new IllegalStateException("cannot claim the synthetic document: " + claimed.detail());
        }
        writer.complete(claimed.claim());
        return ENTITY_KEY;
    }

    private static FactsDocument document(String docId) {
        List<Entity> entities = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        entities.add(new Entity("e0", ENTITY_KEY, "Meta", EntityType.ORGANIZATION, List.of("Meta", "ميتا"), FACTS));
        for (int i = 1; i <= FACTS; i++) {
            String name = "Startup " + i;
            entities.add(new Entity("e" + i, "ORGANIZATION:startup-" + i, name, EntityType.ORGANIZATION,
                    List.of(name), 1));
            String sentence = "Meta invested " + (10 * i) + " million dollars in " + name + ".";
            facts.add(new Fact("f" + i, FactType.INVESTMENT, "e0", "e" + i,
                    new Amount(BigDecimal.valueOf(10_000_000L * i), "USD", (10 * i) + " million dollars"), null,
                    new DateValue(String.format("2025-%02d", 1 + i % 12), null), null, null,
                    new Evidence(sentence, 0, sentence.length()), 0.9));
        }
        return new FactsDocument(FactsDocument.SCHEMA_VERSION,
                new DocumentInfo(docId, "en", "Synthetic investments", "2025-06-01", "bench"), entities, facts);
    }
}
