package org.openprocure.events.contract;

import java.time.Instant;
import org.openprocure.events.Money;

/** The contract was carried out in full: its end date, final value and the total paid under it. */
public record ContractCompleted(String tenderId, String contractId, Instant dateCompleted, Money finalValue,
        Money totalPaid) {
}
