package org.openprocure.portal.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** How far an opening has come: cards in of those needed, by whom, and whether it may happen now. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpeningProgress(String ocid, int threshold, int holders, int sharesIn, List<String> handedInBy,
        Instant submissionDeadline, Instant serverTime, boolean openingAllowed, boolean cancelled,
        Instant openedAt) {

    public OpeningProgress {
        handedInBy = handedInBy == null ? List.of() : List.copyOf(handedInBy);
    }

    public boolean opened() {
        return openedAt != null;
    }
}
