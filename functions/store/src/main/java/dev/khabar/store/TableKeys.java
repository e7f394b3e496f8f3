package dev.khabar.store;

import dev.khabar.core.model.Entity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The one place that spells the table's key attributes, key prefixes and sort-key rules (docs/table-design.md).
 * Readers and writers build every key through here, so a prefix can never drift between the two functions.
 */
public final class TableKeys {
    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1 = "GSI1";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";

    public static final String DOC_PREFIX = "DOC#";
    public static final String ENT_PREFIX = "ENT#";
    public static final String ALIAS_PREFIX = "ALIAS#";
    public static final String FACT_PREFIX = "FACT#";
    public static final String TYPE_PREFIX = "TYPE#";
    public static final String META = "META";
    /** GSI1 partition of every document that is not deleted. */
    public static final String DOCS = "DOCS";
    /** Sorts after every character used in dates and ids, so {@code x + HIGH} is the inclusive end of prefix {@code x}. */
    public static final String HIGH = "~";
    /** Sort-key date of a fact with neither its own date nor a published date: sorts oldest. */
    public static final String NO_DATE = "0000";

    private static final String SEP = "#";
    private static final Pattern SORTABLE_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    /** Fixed width (always milliseconds), so string order of receivedAt is time order. */
    private static final DateTimeFormatter RECEIVED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private TableKeys() {
    }

    /** {@code d} + 16 hex digits of SHA-256 of {@code bucket/key}: URL-safe whatever the object key is. */
    public static String docId(String bucket, String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((bucket + "/" + key).getBytes(StandardCharsets.UTF_8));
            return "d" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    public static String docPk(String docId) {
        return DOC_PREFIX + docId;
    }

    /** The core's cross-document key; for an entity without one, its type and normalized name in the core's style. */
    public static String entityKey(Entity entity) {
        if (entity.key() != null && !entity.key().isBlank()) {
            return entity.key();
        }
        return Entity.derivedKey(entity.type(), AliasKeys.normalize(entity.name()));
    }

    public static String entityPk(String entityKey) {
        return ENT_PREFIX + entityKey;
    }

    /** @param normalizedAlias the output of {@link AliasKeys#normalize} */
    public static String aliasPk(String normalizedAlias) {
        return ALIAS_PREFIX + normalizedAlias;
    }

    /** Sort key of the alias item naming one entity: one item per alias and entity, shared by every document. */
    public static String aliasSk(String entityKey) {
        return ENT_PREFIX + entityKey;
    }

    /** Partition of the facts of one type, grouped per date and document. */
    public static String typePk(String factType) {
        return TYPE_PREFIX + factType;
    }

    /**
     * Sort key of a fact group under {@link #entityPk} or {@link #typePk}: the facts of one document that sort under
     * one date; {@code date} comes from {@link #sortDate}.
     */
    public static String factGroupSk(String date, String docId) {
        return FACT_PREFIX + date + SEP + docId;
    }

    public static String documentGsi1Sk(Instant receivedAt, String docId) {
        return receivedAt(receivedAt) + SEP + docId;
    }

    /** The stored form of an instant: fixed-width UTC with milliseconds. */
    public static String receivedAt(Instant instant) {
        return RECEIVED_AT.format(instant);
    }

    /**
     * The date a fact sorts under: its own date, else the document's published date, else {@link #NO_DATE}.
     * Anything not shaped YYYY, YYYY-MM or YYYY-MM-DD is ignored, so sort keys stay in time order.
     */
    public static String sortDate(String factDate, String publishedDate) {
        if (factDate != null && SORTABLE_DATE.matcher(factDate).matches()) {
            return factDate;
        }
        if (publishedDate != null && SORTABLE_DATE.matcher(publishedDate).matches()) {
            return publishedDate;
        }
        return NO_DATE;
    }

    /** Lower bound of a date range on fact sort keys ({@code BETWEEN lower AND upper}); null means unbounded. */
    public static String factSkFrom(String fromDate) {
        return FACT_PREFIX + (fromDate == null ? "" : fromDate);
    }

    /** Inclusive upper bound: {@code to = 2025} still includes 2025-12-31. Null means unbounded. */
    public static String factSkTo(String toDate) {
        return FACT_PREFIX + (toDate == null ? "" : toDate) + HIGH;
    }
}
