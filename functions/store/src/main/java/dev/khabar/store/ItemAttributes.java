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
    /** The facts document JSON (facts-v1 contract) as the API returns it, gzip ({@link CompressedText}). */
    public static final String FACTS = "facts";
    /**
     * {@code PK + ITEM_KEY_SEPARATOR + SK} of every item derived from the DONE version, one a line, gzip
     * ({@code ItemKey.decodeSet} reads it).
     */
    public static final String ITEM_KEYS = "itemKeys";
    /**
     * A list of key sets of the same shape, one appended by each run's claim: the keys it is about to write, recorded
     * before it writes them, so a crashed run leaves nothing untracked.
     */
    public static final String PENDING_KEY_SETS = "pendingKeySets";
    /** One key set of the same shape that earlier versions recorded as the pending keys: still read, then removed. */
    public static final String PENDING_KEYS = "pendingKeys";
    public static final String ITEM_KEY_SEPARATOR = "\u001f";

    // fact groups: ENT#{entityKey} / FACT#{date}#{docId} (the entity in one document, with its facts of that date)
    // and TYPE#{factType} / FACT#{date}#{docId} (the facts of one type, date and document); alias items
    // ALIAS#{normalizedAlias} / ENT#{entityKey}, shared by every document that names the entity
    /** Alias item: the entity it names (also in SK, but read without parsing keys). */
    public static final String ENTITY_KEY = "entityKey";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    /** Entity group: list of surface forms of the entity in the document. */
    public static final String ALIASES = "aliases";
    /** The sort date of a group's facts ({@link TableKeys#sortDate}). */
    public static final String DATE = "date";
    /**
     * The group's facts, newest id first: a JSON array of {@link FactEntry} (the contract's fact with local entity
     * ids, both parties across documents, and for an entity group the side the entity is on), gzip
     * ({@link CompressedText}). Entity groups count them in {@link #FACT_COUNT}.
     */
    public static final String FACT_LIST = "factList";

    private ItemAttributes() {
    }
}
