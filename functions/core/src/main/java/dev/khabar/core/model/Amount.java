package dev.khabar.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** Money: {@code value} in units of {@code currency} (ISO 4217), {@code text} as written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Amount(BigDecimal value, String currency, String text) {
}
