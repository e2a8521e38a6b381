package org.openprocure.events.tender;

import java.time.Instant;

/**
 * A supplier asked a question. {@code asker} is a pseudonym, stable within the tender and unrelated
 * across tenders, so that nobody learns who is interested in bidding.
 */
public record EnquiryAsked(
        String tenderId, String enquiryId, int number, CommentTarget target, String asker, String question,
        Instant askedAt) {
}
