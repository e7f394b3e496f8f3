package dev.khabar.store.read;

import static dev.khabar.store.read.Attributes.integer;
import static dev.khabar.store.read.Attributes.string;

import dev.khabar.store.CompressedText;
import dev.khabar.store.ItemAttributes;
import dev.khabar.store.TableKeys;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Document items: the newest first through GSI1, one by id by its key. */
public final class DocumentReader {
    private static final Set<String> GSI_KEY = Set.of(TableKeys.PK, TableKeys.SK, TableKeys.GSI1PK, TableKeys.GSI1SK);
    private static final KeyShape LISTING = new KeyShape(GSI_KEY, TableKeys.GSI1PK, TableKeys.DOCS, TableKeys.GSI1SK, null, null);
    /** Everything but the facts JSON, which can be large and the listing does not show. */
    private static final Projection SUMMARY = Projection.of(TableKeys.PK, TableKeys.SK, TableKeys.GSI1PK, TableKeys.GSI1SK,
            ItemAttributes.DOC_ID, ItemAttributes.BUCKET, ItemAttributes.OBJECT_KEY, ItemAttributes.STATUS, ItemAttributes.REASON, ItemAttributes.RECEIVED_AT,
            ItemAttributes.TITLE, ItemAttributes.LANGUAGE, ItemAttributes.PUBLISHED_DATE, ItemAttributes.ENTITY_COUNT, ItemAttributes.FACT_COUNT);

    private final DynamoDbClient dynamo;
    private final String table;

    public DocumentReader(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    /** Documents that are not deleted, the most recently received first. */
    public Page<StoredDocument> newest(PageRequest page) {
        QueryRequest query = QueryRequest.builder().tableName(table).indexName(TableKeys.GSI1)
                .keyConditionExpression("#pk = :pk")
                .expressionAttributeNames(SUMMARY.names(Map.of("#pk", TableKeys.GSI1PK)))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(TableKeys.DOCS)))
                .projectionExpression(SUMMARY.expression())
                .scanIndexForward(false)
                .build();
        return PagedQuery.run(dynamo, query, LISTING, page, DocumentReader::decode, d -> true, false);
    }

    /** The document item, tombstones included: the caller decides how to show a deleted document. */
    public Optional<StoredDocument> get(String docId) {
        Map<String, AttributeValue> item = dynamo.getItem(GetItemRequest.builder().tableName(table)
                .key(Map.of(TableKeys.PK, AttributeValue.fromS(TableKeys.docPk(docId)),
                        TableKeys.SK, AttributeValue.fromS(TableKeys.META)))
                .build()).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(decode(item));
    }

    private static StoredDocument decode(Map<String, AttributeValue> item) {
        String pk = string(item, TableKeys.PK);
        String id = string(item, ItemAttributes.DOC_ID);
        if (id == null && pk != null) {
            id = pk.substring(TableKeys.DOC_PREFIX.length());
        }
        return new StoredDocument(id, string(item, ItemAttributes.BUCKET), string(item, ItemAttributes.OBJECT_KEY),
                string(item, ItemAttributes.STATUS), string(item, ItemAttributes.REASON), string(item, ItemAttributes.RECEIVED_AT),
                string(item, ItemAttributes.TITLE), string(item, ItemAttributes.LANGUAGE), string(item, ItemAttributes.PUBLISHED_DATE),
                integer(item, ItemAttributes.ENTITY_COUNT), integer(item, ItemAttributes.FACT_COUNT),
                CompressedText.read(item.get(ItemAttributes.FACTS)));
    }
}
