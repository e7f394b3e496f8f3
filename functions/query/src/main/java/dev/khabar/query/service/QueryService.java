package dev.khabar.query.service;

import dev.khabar.core.model.EntityType;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.query.service.Views.DocumentView;
import dev.khabar.query.service.Views.EntityMatchView;
import dev.khabar.query.service.Views.EntityView;
import dev.khabar.query.service.Views.FactView;
import dev.khabar.query.service.Views.PartyView;
import dev.khabar.store.DocumentStatus;
import dev.khabar.store.FactSide;
import dev.khabar.store.Party;
import dev.khabar.store.read.DocumentReader;
import dev.khabar.store.read.EntityReader;
import dev.khabar.store.read.FactFilter;
import dev.khabar.store.read.FactReader;
import dev.khabar.store.read.Page;
import dev.khabar.store.read.PageRequest;
import dev.khabar.store.read.StoredDocument;
import dev.khabar.store.read.StoredFact;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** What the API answers, in plain Java over the store's readers: no HTTP, no cursors, no JSON text. */
public final class QueryService {
    private static final Pattern DOC_ID = Pattern.compile("d[0-9a-f]{16}");
    /** Keys are PK suffixes; DynamoDB keys hold 2048 bytes, and no entity key comes near this. */
    private static final int MAX_ENTITY_KEY_BYTES = 1024;

    private final DocumentReader documents;
    private final EntityReader entities;
    private final FactReader facts;

    public QueryService(DocumentReader documents, EntityReader entities, FactReader facts) {
        this.documents = documents;
        this.entities = entities;
        this.facts = facts;
    }

    public Page<DocumentView> documents(PageRequest page) {
        return documents.newest(page).map(QueryService::view);
    }

    public DocumentView document(String id) {
        return view(stored(id));
    }

    /** The facts document JSON exactly as stored (the facts-v1 contract). */
    public String factsDocument(String id) {
        StoredDocument document = stored(id);
        if (document.factsJson() != null) {
            return document.factsJson();
        }
        if (DocumentStatus.FAILED.name().equals(document.status())) {
            throw new NotReadyException("document " + id + " has no facts: extraction failed: " + document.reason());
        }
        throw new NotReadyException("document " + id + " is " + document.status() + "; its facts are not written yet");
    }

    public Page<EntityMatchView> findEntities(String term, EntityType type, PageRequest page) {
        return entities.find(term, type, page).map(m -> new EntityMatchView(m.key(), m.name(), m.type()));
    }

    public EntityView entity(String id) {
        return entities.profile(entityKey(id))
                .map(p -> new EntityView(p.key(), p.name(), p.type(), p.aliases(), p.documentCount(), p.factCount()))
                .orElseThrow(() -> unknownEntity(id));
    }

    /** Facts where the entity is subject or object, newest first; an entity no document names is a 404. */
    public Page<FactView> entityFacts(String id, FactFilter filter, PageRequest page) {
        Page<StoredFact> found = facts.ofEntity(entityKey(id), filter, page);
        if (found.items().isEmpty() && page.after() == null && !entities.exists(id)) {
            throw unknownEntity(id);
        }
        return found.map(f -> view(f, true));
    }

    public Page<FactView> facts(FactType type, FactFilter filter, PageRequest page) {
        return facts.ofType(type, filter, page).map(f -> view(f, false));
    }

    private StoredDocument stored(String id) {
        if (!DOC_ID.matcher(id).matches()) {
            throw new NotFoundException("no document " + id + ": document ids are 'd' and 16 hex digits");
        }
        return documents.get(id).filter(d -> !d.deleted())
                .orElseThrow(() -> new NotFoundException("no document " + id));
    }

    /** An id that cannot be a key is unknown without reading the table. */
    private static String entityKey(String id) {
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_ENTITY_KEY_BYTES || id.chars().anyMatch(Character::isISOControl)) {
            throw unknownEntity(id.length() > 80 ? id.substring(0, 80) + "…" : id);
        }
        return id;
    }

    private static NotFoundException unknownEntity(String id) {
        return new NotFoundException("no entity " + id + "; find entity ids with /entities?q=NAME");
    }

    private static DocumentView view(StoredDocument d) {
        return new DocumentView(d.id(), d.bucket(), d.key(), d.status(), d.reason(), d.receivedAt(), d.title(),
                d.language(), d.publishedDate(), d.entityCount(), d.factCount());
    }

    /** @param ofEntity read under one entity: say which side it is on and who the other party is */
    private static FactView view(StoredFact stored, boolean ofEntity) {
        Fact fact = stored.fact();
        PartyView subject = party(stored.subject());
        PartyView object = party(stored.object());
        String side = ofEntity ? stored.side().name().toLowerCase(Locale.ROOT) : null;
        PartyView other = !ofEntity ? null : stored.side() == FactSide.SUBJECT ? object : subject;
        return new FactView(fact.id(), stored.documentId(), fact.type() == null ? null : fact.type().name(),
                stored.date(), subject, object, side, other, fact.amount(),
                fact.count(), fact.date(), fact.role(), fact.status(), fact.evidence(), fact.confidence());
    }

    private static PartyView party(Party party) {
        return party == null ? null : new PartyView(party.key(), party.name());
    }
}
