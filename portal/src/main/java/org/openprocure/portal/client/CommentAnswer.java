package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The buyer's answer to a comment: whether the draft was changed because of it, and why. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CommentAnswer(String resolution, String text, Instant answeredAt) {
}
