package org.openprocure.portal.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The officers who hold key shares; {@code threshold} of them must act together to open the bids. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpeningCommittee(Integer threshold, List<CommitteeMember> members) {

    public OpeningCommittee {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
