package org.openprocure.portal.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A consultation comment. {@code text} is null when the comment is hidden and the caller may not
 * read it; the public then sees {@code hiddenReason} instead. {@code author} null means anonymous.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Comment(
        String id,
        Integer number,
        CommentTarget target,
        CommentAuthor author,
        String text,
        Instant postedAt,
        boolean hidden,
        String hiddenReason,
        CommentAnswer answer) {
}
