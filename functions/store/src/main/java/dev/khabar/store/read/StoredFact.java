package dev.khabar.store.read;

import dev.khabar.core.model.Fact;
import dev.khabar.store.FactSide;
import dev.khabar.store.Party;

/**
 * A fact as read from the table: the contract's fact (its subject and object are the document's local entity ids),
 * the document it comes from, both parties across documents, and which side the entity queried is on.
 *
 * @param date the date it sorts under: its own, else the document's published date, else 0000
 * @param side which party the entity queried is; null when facts are read by type
 */
public record StoredFact(String documentId, Fact fact, String date, Party subject, Party object, FactSide side) {
}
