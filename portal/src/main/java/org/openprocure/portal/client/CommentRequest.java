package org.openprocure.portal.client;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A consultation comment as posted; without {@code author} the comment is anonymous. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentRequest(String text, CommentTarget target, CommentAuthor author) {
}
