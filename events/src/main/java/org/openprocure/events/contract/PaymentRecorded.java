package org.openprocure.events.contract;

import java.time.Instant;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;

/**
 * The buyer paid the supplier under the contract: an OCDS implementation transaction. {@code milestoneId}
 * names the milestone it pays for, if any.
 */
public record PaymentRecorded(String tenderId, String contractId, String paymentId, Instant date, Money value,
        Organization payer, Organization payee, String milestoneId, String description) {
}
