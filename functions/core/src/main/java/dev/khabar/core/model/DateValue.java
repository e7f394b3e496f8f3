package dev.khabar.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A date as YYYY, YYYY-MM or YYYY-MM-DD, with the text it was read from. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DateValue(String value, String text) {
}
