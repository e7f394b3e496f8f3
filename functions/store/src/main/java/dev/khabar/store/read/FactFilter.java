package dev.khabar.store.read;

import dev.khabar.core.model.FactType;
import java.math.BigDecimal;

/**
 * Conditions on facts beyond the key range; null fields do not filter.
 *
 * @param currency  ISO 4217 code the amount must be in
 * @param minAmount the amount must be at least this (facts without an amount do not match)
 */
public record FactFilter(FactType type, DateRange dates, BigDecimal minAmount, String currency) {
    public FactFilter {
        dates = dates == null ? DateRange.ANY : dates;
    }

    public static FactFilter dates(DateRange dates) {
        return new FactFilter(null, dates, null, null);
    }

    boolean filtersBeyondKeys(boolean typeInKey) {
        return (type != null && !typeInKey) || minAmount != null || currency != null;
    }

    boolean matches(StoredFact fact) {
        if (type != null && fact.fact().type() != type) {
            return false;
        }
        var amount = fact.fact().amount();
        if (currency != null && (amount == null || !currency.equals(amount.currency()))) {
            return false;
        }
        return minAmount == null || (amount != null && amount.value() != null && amount.value().compareTo(minAmount) >= 0);
    }
}
