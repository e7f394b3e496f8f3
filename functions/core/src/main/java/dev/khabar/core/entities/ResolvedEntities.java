package dev.khabar.core.entities;

import dev.khabar.core.model.Entity;
import dev.khabar.core.model.EntityType;
import java.util.List;

/** The entities of a document and, for each mention (same order as given), the index of its entity. */
public record ResolvedEntities(List<Entity> entities, List<Mention> mentions, int[] entityOfMention) {
    public EntityType typeOf(int mention) {
        return entities.get(entityOfMention[mention]).type();
    }

    public String idOf(int mention) {
        return entities.get(entityOfMention[mention]).id();
    }
}
