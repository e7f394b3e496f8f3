package dev.khabar.store;

/**
 * Names of the non-key attributes of the table's items (keys are in {@link TableKeys}).
 * See docs/table-design.md for which item carries which.
 */
public final class ItemAttributes {
    // document item (DOC#{docId} / META)
    public static final String DOC_ID = "docId";
    public static final String BUCKET = "bucket";
    public static final String OBJECT_KEY = "objectKey";
    public static final String STATUS = "status";
    /** Why a document FAILED. */
    public static final String REASON = "reason";
    /** S3 event sequencer of the version this item describes, right-padded with zeros (string order = event order). */
    public static final String SEQUENCER = "sequencer";
    /** Epoch milliseconds until which the run holding {@link #LEASE_TOKEN} owns the document. */
    public static final String LEASE_UNTIL = "leaseUntil";
    public static final String LEASE_TOKEN = "leaseToken";
    /** Time of the S3 event, fixed-width UTC ({@link TableKeys#receivedAt}). */
    public static final String RECEIVED_AT = "receivedAt";
    public static final String UPDATED_AT = "updatedAt";
    public static final String TITLE = "title";
    public static final String LANGUAGE = "language";
    public static final String PUBLISHED_DATE = "publishedDate";
    public static final String EXTRACTOR = "extractor";
    public static final String ENTITY_COUNT = "entityCount";
    public static final String FACT_COUNT = "factCount";
    /** The facts document JSON (facts-v1 contract), as the API returns it. */
    public static final String FACTS = "facts";
    /** String set: {@code PK + ITEM_KEY_SEPARATOR + SK} of every item derived from the DONE version. */
    public static final String ITEM_KEYS = "itemKeys";
    /** Same shape: the keys a run is about to write, recorded first so a crashed run leaves nothing untracked. */
    public static final String PENDING_KEYS = "pendingKeys";
    public static final String ITEM_KEY_SEPARATOR = "\u001f";

    // entity-in-document (ENT#{entityKey} / DOC#{docId}), alias (ALIAS#… / ENT#…#DOC#…) and fact items
    public static final String ENTITY_KEY = "entityKey";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    /** List of surface forms of the entity in the document. */
    public static final String ALIASES = "aliases";
    public static final String MENTIONS = "mentions";
    /** Alias item: the surface form as written, before normalization. */
    public static final String ALIAS = "alias";

    // fact items (ENT#{entityKey} / FACT#{date}#{docId}#{factId}); docId, entityKey and title as above
    public static final String FACT_ID = "factId";
    public static final String FACT_TYPE = "factType";
    /** The sort date ({@link TableKeys#sortDate}). */
    public static final String DATE = "date";
    /** {@link FactSide} of {@link #ENTITY_KEY} in this fact. */
    public static final String SIDE = "side";
    public static final String SUBJECT_KEY = "subjectKey";
    public static final String SUBJECT_NAME = "subjectName";
    public static final String SUBJECT_TYPE = "subjectType";
    public static final String OBJECT_ENTITY_KEY = "objectEntityKey";
    public static final String OBJECT_NAME = "objectName";
    public static final String OBJECT_TYPE = "objectType";
    /** Number: the amount's value, for filters; {@link #CURRENCY} beside it. */
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    /** The fact JSON of the contract (local entity ids e1, e2 as in the document's facts). */
    public static final String FACT = "fact";

    private ItemAttributes() {
    }
}
