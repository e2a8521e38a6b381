package org.openprocure.events.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.openprocure.events.Money;
import org.openprocure.events.Organization;

/**
 * The committee's chair proposed the award of a lot: the winning bid, its supplier and value, the whole
 * ranking ({@code method} {@code lowestPrice} or {@code bestPriceQuality}; scores null under lowest
 * price), the end of the standstill during which bidders may complain, and the SHA-256 of the
 * evaluation report issued with it.
 */
public record AwardProposed(String tenderId, String lotId, String awardId, String bidId, Organization supplier,
        Money value, String method, List<RankedBid> ranking, Instant standstillEnds, String reportSha256) {

    public record RankedBid(int rank, String bidId, String bidderId, String bidderName, Money price,
            BigDecimal priceScore, BigDecimal qualityScore, BigDecimal total) {
    }
}
