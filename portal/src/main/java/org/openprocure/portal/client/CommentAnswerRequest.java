package org.openprocure.portal.client;

/** The buyer's answer to a comment: {@code accepted}, {@code partiallyAccepted} or {@code rejected}, and why. */
public record CommentAnswerRequest(String resolution, String answer) {
}
