package org.openprocure.events.tender;

import java.time.Instant;

/**
 * Someone commented on a draft in consultation. {@code authorName} and {@code authorOrganisation}
 * are what a signing commenter chose to give; both null for an anonymous comment.
 */
public record ConsultationCommentPosted(
        String tenderId,
        String commentId,
        int number,
        CommentTarget target,
        String authorName,
        String authorOrganisation,
        String text,
        Instant postedAt) {
}
