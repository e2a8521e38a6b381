package org.openprocure.portal.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A lot's ranking as it stands. {@code method}: lowestPrice, bestPriceQuality; {@code status}: final,
 * provisional, unsuccessful, incomplete (then {@code ranked} is empty and {@code missing} says what is still
 * to be done). Scores are null under lowest price.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LotRanking(String lotId, String method, String status, List<String> missing, List<RankedBid> ranked,
        List<ExcludedBid> excluded, List<AbnormallyLowBid> abnormallyLow) {

    public LotRanking {
        missing = missing == null ? List.of() : List.copyOf(missing);
        ranked = ranked == null ? List.of() : List.copyOf(ranked);
        excluded = excluded == null ? List.of() : List.copyOf(excluded);
        abnormallyLow = abnormallyLow == null ? List.of() : List.copyOf(abnormallyLow);
    }

    public boolean bestPriceQuality() {
        return "bestPriceQuality".equals(method);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RankedBid(int rank, String bidId, String bidderName, Value price, BigDecimal priceScore,
            BigDecimal qualityScore, BigDecimal total, Map<String, BigDecimal> qualityByCriterion, Instant receivedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExcludedBid(String bidId, String bidderName, Value price, String why) {
    }

    /** {@code stage}: flagged, requested, justified, accepted, rejected. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AbnormallyLowBid(String bidId, String bidderName, Value price, List<String> reasons, String stage,
            Instant requestedAt, String justification, Instant justifiedAt, String decisionReason) {

        public AbnormallyLowBid {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }
}
