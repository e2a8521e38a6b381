package org.openprocure.events.contract;

import java.time.Instant;
import org.openprocure.events.Money;

/** The contract ended early, for the reason given: the date and the total paid until then. */
public record ContractTerminated(String tenderId, String contractId, Instant dateTerminated, String reason,
        Money totalPaid) {
}
