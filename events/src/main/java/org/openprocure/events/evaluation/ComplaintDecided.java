package org.openprocure.events.evaluation;

import java.time.Instant;

/**
 * The chair decided a complaint with a reason: {@code upheld} voids the proposed award and sends the lot
 * back to evaluation; {@code dismissed} lets the standstill run on, to {@code standstillEnds}, once no
 * complaint is pending (null while another is).
 */
public record ComplaintDecided(String tenderId, String lotId, String awardId, int number, String decision,
        String reason, Instant standstillEnds) {
}
