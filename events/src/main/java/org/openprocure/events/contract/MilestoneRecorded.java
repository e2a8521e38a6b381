package org.openprocure.events.contract;

import java.time.Instant;

/**
 * An implementation milestone of the contract was planned or its status changed: {@code status} is an
 * OCDS milestoneStatus code ({@code scheduled}, {@code met}, {@code notMet}); {@code dateMet} is set when
 * met.
 */
public record MilestoneRecorded(String tenderId, String contractId, String milestoneId, String title,
        String description, Instant dueDate, String status, Instant dateMet) {
}
