package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A bidder's own result per lot: qualification, rank among the ranked bids, a request to justify an
 * abnormally low price, the award, and whether it may still complain. {@code bidId} is read when the
 * service sends it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BidderResult(String ocid, String title, String bidderId, String bidId, List<LotResult> lots) {

    public BidderResult {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LotResult(String lotId, String title, String status, Verdict qualification, Integer rank,
            Integer rankedBids, AbnormallyLow abnormallyLow, Award award, boolean canComplain) {

        public String name() {
            return title == null ? lotId : title;
        }

        /** Asked to justify the price and not yet answered. */
        public boolean justificationDue() {
            return abnormallyLow != null && abnormallyLow.requestedAt() != null && abnormallyLow.justification() == null;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verdict(boolean qualified, String reason) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AbnormallyLow(List<String> reasons, Instant requestedAt, String justification, Boolean accepted,
            String decisionReason) {

        public AbnormallyLow {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }
}
