package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** When a tender accepts bids, by bid-service's clock, which is the one that decides. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubmissionWindow(String ocid, Instant submissionDeadline, Instant openingDate, Instant serverTime,
        boolean acceptingBids, int noticeVersion, boolean cancelled, Integer bidsMustBeReconfirmedSince) {
}
