package org.openprocure.events.tender;

import java.time.Instant;

/** The submission deadline passed by the server's clock: no bid is accepted any more; bids wait for the opening. */
public record TenderingClosed(String tenderId, Instant submissionDeadline, Instant openingDate) {
}
