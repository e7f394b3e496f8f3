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
     * Same shape: the keys a run is about to write and those earlier runs left, recorded first so a crashed run leaves
     * nothing untracked.
     */
    public static final String PENDING_KEYS = "pendingKeys";
    public static final String ITEM_KEY_SEPARATOR = "\u001f";

    // entity-in-document (ENT#{entityKey} / DOC#{docId}) and alias (ALIAS#… / ENT#…#DOC#…) items
    /** Alias item: the entity it names (also in SK, but read without parsing keys). */
    public static final String ENTITY_KEY = "entityKey";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    /** List of surface forms of the entity in the document. */
    public static final String ALIASES = "aliases";
    public static final String MENTIONS = "mentions";
    /** Alias item: the surface form as written, before normalization. */
    public static final String ALIAS = "alias";

    // fact items (ENT#{entityKey} / FACT#{date}#{docId}#{factId}); docId as above. The fact's id, type and amount
    // are read from its JSON, the entity's key from PK: not repeated as attributes, so an item stays under 1 KB
    /** The sort date ({@link TableKeys#sortDate}). */
    public static final String DATE = "date";
    /** {@link FactSide} of the entity the item is filed under. */
    public static final String SIDE = "side";
    public static final String SUBJECT_KEY = "subjectKey";
    public static final String SUBJECT_NAME = "subjectName";
    public static final String OBJECT_ENTITY_KEY = "objectEntityKey";
    public static final String OBJECT_NAME = "objectName";
    /** The fact JSON of the contract (local entity ids e1, e2 as in the document's facts), gzip ({@link CompressedText}). */
    public static final String FACT = "fact";

    private ItemAttributes() {
    }
}
