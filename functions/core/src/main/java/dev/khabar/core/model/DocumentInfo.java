package dev.khabar.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The document block of the contract; {@code publishedDate} is YYYY-MM-DD or null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DocumentInfo(String id, String language, String title, String publishedDate, String extractor) {
}
