package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A share of a tender's key the signed-in officer holds, and where that tender's opening stands. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HeldShare(String ocid, int index, int threshold, int holders, Instant collectedAt,
        Instant submissionDeadline, boolean cancelled, boolean handedIn, Instant openedAt) {

    public boolean collected() {
        return collectedAt != null;
    }

    public boolean opened() {
        return openedAt != null;
    }
}
