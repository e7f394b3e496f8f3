package dev.khabar.store.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import dev.khabar.emulator.EmulatorEndpoint;
import dev.khabar.emulator.ProvisionedResources;
import dev.khabar.store.AliasKeys;
import dev.khabar.testing.Emulator;
import dev.khabar.testing.WithEmulator;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * What an entity search costs in table reads: per spelling variant one alias read, one check per entity it lists, and
 * one probe per entity type for a key derived from the spelling, unless the alias items already found that key.
 */
@WithEmulator
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntitySearchRequestsTest {
    private static final int TYPES = EntityType.values().length;
    private final AtomicInteger requests = new AtomicInteger();
    private DynamoDbClient dynamo;
    private EntityReader reader;
    private Emulator emulator;

    @BeforeAll
    void writeArticles(Emulator emulator) {
        this.emulator = emulator;
        ProvisionedResources aws = emulator.provision();
        dynamo = counting(emulator, requests);
        reader = new EntityReader(dynamo, aws.table());
        Articles articles = new Articles(dynamo, aws.table(), aws.bucket());
        articles.write("a.txt", Instant.parse("2025-02-01T00:00:00Z"), "2025-02-01", List.of(
                new Entity("e1", "Q380", "Meta", EntityType.ORGANIZATION, List.of("Meta", "ميتا"), 2),
                new Entity("e2", "organization:نخيل", "نخيل", EntityType.ORGANIZATION, List.of("Nakheel"), 1),
                new Entity("e3", "location:نخيل", "نخيل", EntityType.LOCATION, List.of(), 1)), List.of());
    }

    @AfterAll
    void close() {
        dynamo.close();
    }

    private static DynamoDbClient counting(Emulator emulator, AtomicInteger requests) {
        return DynamoDbClient.builder().endpointOverride(emulator.endpoint()).region(emulator.region())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        EmulatorEndpoint.ACCESS_KEY_ID, EmulatorEndpoint.SECRET_ACCESS_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                        requests.incrementAndGet();
                    }
                }))
                .build();
    }

    private List<String> find(String term, EntityType type, int wantedRequests) {
        requests.set(0);
        List<String> keys = reader.find(term, type, PageRequest.first(10)).items().stream().map(EntityMatch::key).toList();
        assertEquals(wantedRequests, requests.get(), term);
        return keys;
    }

    @Test
    void aNameWithAnAliasItemIsReadOnceAndCheckedOnceBesidesTheProbes() {
        assertEquals(List.of("Q380"), find("Meta", null, 1 + 1 + TYPES));
        assertEquals(List.of("Q380"), find("Meta", EntityType.ORGANIZATION, 1 + 1 + 1));
    }

    @Test
    void namesTheirKeysEncodeAreFoundByProbesUnderEverySpellingVariant() {
        int variants = AliasKeys.lookupVariants("لنخيل").size();
        assertEquals(2, variants, "the word as written and without its clitic");
        assertEquals(List.of("location:نخيل", "organization:نخيل"), find("لنخيل", null, variants * (1 + TYPES)));
        assertEquals(List.of("location:نخيل"), find("لنخيل", EntityType.LOCATION, variants * 2));
    }

    @Test
    void anotherSpellingOfANameKeyedEntityIsFoundByItsAliasItem() {
        // "nakheel" is an alias of organization:نخيل; the keys derived from "nakheel" are probed and hold nothing
        assertEquals(List.of("organization:نخيل"), find("Nakheel", null, 1 + 1 + TYPES));
    }

    @Test
    void aSearchOfNothingKnownCostsOneReadAndTheProbes() {
        assertEquals(List.of(), find("Nokia", null, 1 + TYPES));
    }

    @Test
    void aFailedProbeFailsTheSearchWithTheTablesOwnError() {
        try (DynamoDbClient client = counting(emulator, new AtomicInteger())) {
            EntityReader missing = new EntityReader(client, "no-such-table");
            assertThrows(ResourceNotFoundException.class, () -> missing.find("Meta", null, PageRequest.first(5)));
        }
    }
}
