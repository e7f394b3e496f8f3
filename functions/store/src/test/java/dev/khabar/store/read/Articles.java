package dev.khabar.store.read;

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

/** Facts documents built in code and written through the real write side, for reader tests. */
final class Articles {
    static final Entity META = new Entity("e1", "Q380", "Meta", EntityType.ORGANIZATION, List.of("ميتا", "Meta"), 3);
    static final Entity SCALE = new Entity("e2", "Q60746", "Scale AI", EntityType.ORGANIZATION, List.of("Scale AI"), 2);
    static final Entity WANG = new Entity("e3", "PERSON:alexandr wang", "Alexandr Wang", EntityType.PERSON,
            List.of("ألكسندر وانغ"), 1);

    private final DocumentWriter writer;
    private final String bucket;
    private long sequence;

    Articles(DynamoDbClient dynamo, String table, String bucket) {
        this.writer = new DocumentWriter(dynamo, table, Clock.systemUTC(), Duration.ofMinutes(5));
        this.bucket = bucket;
    }

    /** Writes the document as the extract function does (claim, derived items, DONE) and returns its id. */
    String write(String key, Instant received, String published, List<Entity> entities, List<Fact> facts) {
        DocumentVersion version = new DocumentVersion(bucket, key,
                DocumentVersion.sequencerOf(Long.toHexString(++sequence), received), received);
        ClaimResult claim = writer.claim(version, new FactsDocument(FactsDocument.SCHEMA_VERSION,
                new DocumentInfo(version.docId(), "en", "title of " + key, published, "test"), entities, facts));
        if (claim.outcome() != ClaimResult.Outcome.CLAIMED) {
            throw new IllegalStateException("could not claim " + key + ": " + claim.detail());
        }
        writer.complete(claim.claim());
        return version.docId();
    }

    /** Removes the object as the extract function does for a removal event: a tombstone, no derived items. */
    void remove(String key, Instant at) {
        DocumentVersion version = new DocumentVersion(bucket, key,
                DocumentVersion.sequencerOf(Long.toHexString(++sequence), at), at);
        ClaimResult claim = writer.claim(version);
        if (claim.outcome() != ClaimResult.Outcome.CLAIMED) {
            throw new IllegalStateException("could not claim " + key + ": " + claim.detail());
        }
        writer.remove(claim.claim());
    }

    static Fact fact(String id, FactType type, Entity subject, Entity object, String date, Long usd) {
        return new Fact(id, type, subject.id(), object == null ? null : object.id(),
                usd == null ? null : new Amount(BigDecimal.valueOf(usd), "USD", usd + " dollars"), null,
                date == null ? null : new DateValue(date, date), null, null,
                new Evidence("evidence of " + id, 0, 10), 0.9);
    }

    static List<Fact> facts(Fact... facts) {
        return new ArrayList<>(List.of(facts));
    }
}
