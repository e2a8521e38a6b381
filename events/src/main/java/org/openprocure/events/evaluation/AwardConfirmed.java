package org.openprocure.events.evaluation;

import java.time.Instant;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;

/**
 * The award of a lot is final: its standstill passed with no complaint pending. The supplier, the
 * awarded value and the SHA-256 of the award notice issued with it.
 */
public record AwardConfirmed(String tenderId, String lotId, String awardId, String bidId, Organization supplier,
        Money value, Instant confirmedAt, String noticeSha256) {
}
