package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A lot's award as the committee and the bidders see it: the proposed supplier and value, its
 * standstill and complaints. {@code status}: standstill, suspended, confirmed, void, stopped.
 * {@code mine} is set in a bidder's own result only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Award(String awardId, String bidId, OrganizationReference supplier, Value value, String status,
        Instant proposedAt, Instant standstillEnds, Instant confirmedAt, List<Complaint> complaints, Boolean mine) {

    public Award {
        complaints = complaints == null ? List.of() : List.copyOf(complaints);
    }

    /** True in a bidder's result when the award is its own. */
    public boolean isMine() {
        return Boolean.TRUE.equals(mine);
    }

    /** A bidder's complaint during the standstill; {@code decision} (upheld, dismissed) is null while pending. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Complaint(int number, OrganizationReference complainant, String text, Instant filedAt,
            String decision, String reason, Instant decidedAt) {

        public boolean pending() {
            return decision == null;
        }
    }
}
