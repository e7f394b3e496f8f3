package dev.khabar.core;

import static org.junit.jupiter.api.Assertions.fail;

import dev.khabar.core.model.Entity;
import dev.khabar.core.model.Fact;
import dev.khabar.core.model.FactType;
import dev.khabar.core.model.FactsDocument;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A facts document with lookups by entity name, for tests. */
public record Extracted(FactsDocument document) {
    private static final Extractor EXTRACTOR = new Extractor();

    public static Extracted of(String text, String published) {
        return new Extracted(EXTRACTOR.extract(new SourceText("test", text, null,
                published == null ? null : LocalDate.parse(published))));
    }

    public Optional<Entity> entity(String name) {
        return document.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    public Entity requireEntity(String name) {
        return entity(name).orElseGet(() -> fail("no entity " + name + " in " + names()));
    }

    public Optional<Fact> fact(FactType type, String subject, String object) {
        String s = entity(subject).map(Entity::id).orElse("?");
        String o = object == null ? null : entity(object).map(Entity::id).orElse("?");
        return document.facts().stream()
                .filter(f -> f.type() == type && f.subject().equals(s) && Objects.equals(f.object(), o)).findFirst();
    }

    /** Whether any fact of {@code type} was found. */
    public boolean hasFactOfType(FactType type) {
        return document.facts().stream().anyMatch(f -> f.type() == type);
    }

    public Fact requireFact(FactType type, String subject, String object) {
        return fact(type, subject, object).orElseGet(() -> fail("no " + type + " " + subject + " → " + object
                + " among " + describeFacts()));
    }

    /** The entity that has {@code alias} among its aliases: a test of Arabic text names it as the text spells it. */
    public Entity withAlias(String alias) {
        return spelled(alias).orElseGet(() -> fail("no entity spelled " + alias + " in " + names()));
    }

    public Optional<Entity> spelled(String alias) {
        return document.entities().stream().filter(e -> e.aliases().contains(alias)).findFirst();
    }

    /** Whether a fact of {@code type} joins the entities spelled {@code subjectAlias} and {@code objectAlias}. */
    public boolean hasFactByAlias(FactType type, String subjectAlias, String objectAlias) {
        return factByAlias(type, subjectAlias, objectAlias).isPresent();
    }

    /** The fact of {@code type} that joins the entities spelled {@code subjectAlias} and {@code objectAlias}. */
    public Fact requireFactByAlias(FactType type, String subjectAlias, String objectAlias) {
        return factByAlias(type, subjectAlias, objectAlias).orElseGet(() -> fail("no " + type + " " + subjectAlias + " → "
                + objectAlias + " among " + describeFacts()));
    }

    private Optional<Fact> factByAlias(FactType type, String subjectAlias, String objectAlias) {
        String s = withAlias(subjectAlias).id();
        String o = withAlias(objectAlias).id();
        return document.facts().stream().filter(f -> f.type() == type && f.subject().equals(s) && o.equals(f.object())).findFirst();
    }

    /**
     * The fact that gives a person's title at an organization: the ROLE, or the departure the same sentence tells,
     * which carries the post left instead.
     */
    public Fact requireTitle(String person, String org) {
        return fact(FactType.ROLE, person, org).or(() -> fact(FactType.EMPLOYMENT_END, person, org))
                .orElseGet(() -> fail("no title of " + person + " at " + org + " among " + describeFacts()));
    }

    /** Whether a ROLE, or a departure carrying the post left, joins the person and organization spelled so. */
    public boolean hasTitleByAlias(String personAlias, String orgAlias) {
        return hasFactByAlias(FactType.ROLE, personAlias, orgAlias) || hasFactByAlias(FactType.EMPLOYMENT_END, personAlias, orgAlias);
    }

    /**
     * The fact that gives a post a person holds, took or left at an organization: the ROLE, else the departure or the
     * start that carries it (an Arabic appointment's post is its start's, not a ROLE beside it).
     */
    public Fact requirePost(String person, String org) {
        return fact(FactType.ROLE, person, org).or(() -> fact(FactType.EMPLOYMENT_END, person, org))
                .or(() -> fact(FactType.EMPLOYMENT_START, person, org))
                .orElseGet(() -> fail("no post of " + person + " at " + org + " among " + describeFacts()));
    }

    /** Whether a ROLE, or a move carrying the post left or taken, joins the person and organization spelled so. */
    public boolean hasPostByAlias(String personAlias, String orgAlias) {
        return hasTitleByAlias(personAlias, orgAlias) || hasFactByAlias(FactType.EMPLOYMENT_START, personAlias, orgAlias);
    }

    public String names() {
        return document.entities().stream().map(e -> e.name() + "/" + e.type()).toList().toString();
    }

    public String describeFacts() {
        return document.facts().stream().map(f -> f.type() + " " + name(f.subject()) + " → " + name(f.object())).toList()
                .toString();
    }

    private String name(String id) {
        return document.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(null);
    }
}
