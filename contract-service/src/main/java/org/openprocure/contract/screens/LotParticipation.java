package org.openprocure.contract.screens;

import java.util.Objects;
import java.util.Set;

/**
 * Who bid on a lot and who won it.
 *
 * @param winnerId the winning bidder, or {@code null} when the lot was not awarded
 */
public record LotParticipation(String lotId, Set<String> bidderIds, String winnerId) {

    public LotParticipation {
        Objects.requireNonNull(lotId, "lotId");
        bidderIds = Set.copyOf(bidderIds);
        if (winnerId != null && !bidderIds.contains(winnerId)) {
            throw new IllegalArgumentException("winner " + winnerId + " did not bid on lot " + lotId);
        }
    }
}
