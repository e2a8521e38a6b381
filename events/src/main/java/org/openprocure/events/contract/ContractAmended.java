package org.openprocure.events.contract;

import java.math.BigDecimal;
import org.openprocure.events.Money;
import org.openprocure.events.Period;

/**
 * The contract's value or duration changed, with the reason: the value and period before and after, and
 * the cumulative change of the value against the awarded value ({@code cumulativeChange}, with
 * {@code cumulativeChangePercent} to 2 decimals), so nobody has to add up amendments to see how far a
 * contract drifted. {@code number} counts the contract's amendments from 1.
 */
public record ContractAmended(String tenderId, String contractId, int number, String reason, Money previousValue,
        Money value, Period previousPeriod, Period period, Money cumulativeChange,
        BigDecimal cumulativeChangePercent) {
}
