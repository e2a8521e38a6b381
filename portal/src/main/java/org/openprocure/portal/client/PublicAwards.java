package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What anyone may read about a tender's awards: per lot its status, the award (supplier, value, standstill,
 * confirmation, number of complaints) and the links to the evaluation report and award notice, null until
 * issued.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicAwards(String ocid, String title, String buyerName, String status, List<PublicLot> lots) {

    public PublicAwards {
        lots = lots == null ? List.of() : List.copyOf(lots);
    }

    /** Nothing to say before the bids are opened. */
    public boolean afterOpening() {
        return lots.stream().anyMatch(lot -> lot.status() != null && !"awaiting_opening".equals(lot.status()));
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicLot(String lotId, String title, String status, PublicAward award, String unsuccessfulReason,
            String reportUrl, String noticeUrl) {

        public String name() {
            return title == null ? lotId : title;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PublicAward(String awardId, OrganizationReference supplier, Value value, String status,
            Instant proposedAt, Instant standstillEnds, Instant confirmedAt, Integer complaints) {
    }
}
