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
 * One object event to the table: claim the document, then remove it, or read, decode, extract and write it.
 * Bad input ends as FAILED with a reason; AWS errors propagate (the message is retried) after the claim is released.
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
        ClaimResult claimed = writer.claim(version);
        switch (claimed.outcome()) {
            case STALE -> {
                return outcome(Result.STALE, version.docId(), event, claimed.detail(), 0, 0);
            }
            case BUSY -> {
                return outcome(Result.BUSY, version.docId(), event, claimed.detail(), 0, 0);
            }
            case CLAIMED -> {
                // handled below
            }
        }
        Claim claim = claimed.claim();
        try {
            if (event.kind() == ObjectEvent.Kind.REMOVED) {
                writer.remove(claim);
                return outcome(Result.DELETED, claim.docId(), event, null, 0, 0);
            }
            return extract(claim, event);
        } catch (RuntimeException e) {
            writer.release(claim);
            throw e;
        }
    }

    private Outcome extract(Claim claim, ObjectEvent event) {
        if (event.size() > maxObjectBytes) {
            return failed(claim, event, tooLarge(event.size()));
        }
        StoredObject object = reader.read(event.bucket(), event.key());
        switch (object.status()) {
            case NOT_FOUND -> {
                return failed(claim, event, "object no longer exists");
            }
            case TOO_LARGE -> {
                return failed(claim, event, tooLarge(object.size()));
            }
            case READ -> {
                // handled below
            }
        }
        DecodedText decoded;
        try {
            decoded = decoder.decode(object.bytes(), event.key(), object.contentType());
        } catch (UndecodableException e) {
            return failed(claim, event, e.getMessage());
        }
        LocalDate published = published(object.metadata().get(PUBLISHED_METADATA), decoded.published());
        FactsDocument facts;
        try {
            facts = extractor.extract(new SourceText(claim.docId(), decoded.text(), decoded.title(), published));
        } catch (RuntimeException e) {
            // the same text fails the same way again: retrying would only park it in the dead-letter queue
            return failed(claim, event, "extractor failed: " + e);
        }
        if (writer.complete(claim, facts) == DocumentStatus.FAILED) {
            return outcome(Result.FAILED, claim.docId(), event, "facts document too large to store", 0, 0);
        }
        return outcome(Result.DONE, claim.docId(), event, null, facts.entities().size(), facts.facts().size());
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

    private Outcome failed(Claim claim, ObjectEvent event, String reason) {
        writer.fail(claim, reason);
        return outcome(Result.FAILED, claim.docId(), event, reason, 0, 0);
    }

    private static Outcome outcome(Result result, String docId, ObjectEvent event, String detail, int entities,
                                   int facts) {
        return new Outcome(result, docId, event.bucket(), event.key(), event.eventName(), detail, entities, facts);
    }
}
