package dev.khabar.core.numbers;

import java.math.BigDecimal;

/** An amount of money found at tokens [startToken, endToken); {@code text} is the span as written. */
public record Money(int startToken, int endToken, BigDecimal value, String currency, String text) {
}
