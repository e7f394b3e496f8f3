package dev.khabar.core;

import dev.khabar.core.model.DocumentInfo;
import dev.khabar.core.model.FactsDocument;
import java.util.List;

/** Text in, facts document out. Thread-safe; build once and reuse. */
public final class Extractor {
    public static final String NAME = "khabar-rules/0.1.0";

    public FactsDocument extract(SourceText source) {
        String published = source.published() == null ? null : source.published().toString();
        return new FactsDocument(FactsDocument.SCHEMA_VERSION,
                new DocumentInfo(source.id(), "ar", source.title(), published, NAME), List.of(), List.of());
    }
}
