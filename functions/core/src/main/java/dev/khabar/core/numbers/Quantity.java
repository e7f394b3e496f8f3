package dev.khabar.core.numbers;

import java.math.BigDecimal;

/** A number read from tokens [startToken, endToken), scale words applied ("18 ألف" → 18000). */
public record Quantity(int startToken, int endToken, BigDecimal value) {
}
