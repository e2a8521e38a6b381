package org.openprocure.events.tender;

/** The buyer's answer to a comment: {@code resolution} {@code accepted}, {@code partiallyAccepted} or {@code rejected}. */
public record ConsultationCommentAnswered(
        String tenderId, String commentId, int number, String resolution, String answer) {
}
