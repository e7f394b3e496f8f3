package dev.khabar.extract.process;

import dev.khabar.core.Extractor;
import dev.khabar.core.SourceText;
import dev.khabar.core.model.FactsDocument;
import dev.khabar.extract.event.ObjectEvent;
import dev.khabar.extract.process.Outcome.Result;
import dev.khabar.extract.text.DecodedText;
import dev.khabar.extract.text.TextDecoder;
import dev.khabar.extract.text.UndecodableException;
import dev.khabar.store.DocumentStatus;
import dev.khabar.store.objects.S3ObjectGetter;
import dev.khabar.store.write.Claim;
import dev.khabar.store.write.ClaimResult;
import dev.khabar.store.write.DocumentVersion;
import dev.khabar.store.write.DocumentWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One object event to the table: read, decode and extract the object, claim the document, then write its facts;
 * or claim it and remove it. Bad input ends as FAILED with a reason; AWS errors propagate (the message is retried),
 * after the claim, if one is held, is released.
 */
public final class DocumentProcessor {
    /** User metadata {@code x-amz-meta-published}: the article's publication date, YYYY-MM-DD. */
    static final String PUBLISHED_METADATA = "published";

    private final DocumentWriter writer;
    private final ObjectReader reader;
    private final TextDecoder decoder;
    private final Extractor extractor;
    private final long maxObjectBytes;

    public DocumentProcessor(S3ObjectGetter s3, DocumentWriter writer, TextDecoder decoder, Extractor extractor,
                             long maxObjectBytes) {
        this.writer = writer;
        this.reader = new ObjectReader(s3, maxObjectBytes);
        this.decoder = decoder;
        this.extractor = extractor;
        this.maxObjectBytes = maxObjectBytes;
    }

    public Outcome process(ObjectEvent event) {
        if (event.kind() == ObjectEvent.Kind.OTHER) {
            return outcome(Result.SKIPPED, null, event, "not an object creation or removal", 0, 0);
        }
        DocumentVersion version = new DocumentVersion(event.bucket(), event.key(),
                DocumentVersion.sequencerOf(event.sequencer(), event.eventTime()), event.eventTime());
        boolean removed = event.kind() == ObjectEvent.Kind.REMOVED;
        // extracted before the claim, so that the claim records the keys of what will be written
        Extracted extracted = removed ? null : extract(event, version.docId());
        ClaimResult claimed = writer.claim(version, removed ? null : extracted.facts());
        if (claimed.outcome() != ClaimResult.Outcome.CLAIMED) {
            Result result = claimed.outcome() == ClaimResult.Outcome.STALE ? Result.STALE : Result.BUSY;
            return outcome(result, version.docId(), event, claimed.detail(), 0, 0);
        }
        Claim claim = claimed.claim();
        try {
            if (removed) {
                writer.remove(claim);
                return outcome(Result.DELETED, claim.docId(), event, null, 0, 0);
            }
            if (extracted.facts() == null) {
                writer.fail(claim, extracted.failure());
                return outcome(Result.FAILED, claim.docId(), event, extracted.failure(), 0, 0);
            }
            if (writer.complete(claim) == DocumentStatus.FAILED) {
                return outcome(Result.FAILED, claim.docId(), event, "facts document too large to store", 0, 0);
            }
            return outcome(Result.DONE, claim.docId(), event, null, extracted.facts().entities().size(),
                    extracted.facts().facts().size());
        } catch (RuntimeException e) {
            writer.release(claim);
            throw e;
        }
    }

    /** The facts of the object, or why it is bad input; AWS errors propagate (no claim is held yet). */
    private Extracted extract(ObjectEvent event, String docId) {
        if (event.size() > maxObjectBytes) {
            return Extracted.failed(tooLarge(event.size()));
        }
        StoredObject object = reader.read(event.bucket(), event.key());
        switch (object.status()) {
            case NOT_FOUND -> {
                return Extracted.failed("object no longer exists");
            }
            case TOO_LARGE -> {
                return Extracted.failed(tooLarge(object.size()));
            }
            case READ -> {
                // handled below
            }
        }
        DecodedText decoded;
        try {
            decoded = decoder.decode(object.bytes(), event.key(), object.contentType());
        } catch (UndecodableException e) {
            return Extracted.failed(e.getMessage());
        }
        LocalDate published = published(object.metadata().get(PUBLISHED_METADATA), decoded.published());
        try {
            return new Extracted(extractor.extract(new SourceText(docId, decoded.text(), decoded.title(), published)),
                    null);
        } catch (RuntimeException e) {
            // the same text fails the same way again: retrying would only park it in the dead-letter queue
            return Extracted.failed("extractor failed: " + e);
        }
    }

    /** An object's facts, or (facts null) why it cannot have any. */
    private record Extracted(FactsDocument facts, String failure) {
        static Extracted failed(String failure) {
            return new Extracted(null, failure);
        }
    }

    /** The metadata date wins over one found in the document; an unreadable metadata date is ignored. */
    private static LocalDate published(String metadata, LocalDate fromDocument) {
        if (metadata != null && !metadata.isBlank()) {
            try {
                return LocalDate.parse(metadata.strip().substring(0, Math.min(10, metadata.strip().length())));
            } catch (DateTimeParseException e) {
                return fromDocument;
            }
        }
        return fromDocument;
    }

    private String tooLarge(long size) {
        return "object of " + size + " bytes exceeds MAX_OBJECT_BYTES (" + maxObjectBytes + ")";
    }

    private static Outcome outcome(Result result, String docId, ObjectEvent event, String detail, int entities,
                                   int facts) {
        return new Outcome(result, docId, event.bucket(), event.key(), event.eventName(), detail, entities, facts);
    }
}
